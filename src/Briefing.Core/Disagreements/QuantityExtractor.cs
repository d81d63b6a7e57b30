using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Disagreements;

/// <summary>Finds figures with their unit noun and the kind of event they count (killed, trapped, injured ...).</summary>
internal static partial class QuantityExtractor
{
    private static readonly (string Pattern, double Value)[] VagueAmounts =
    [
        ("hundreds of thousands", 200_000), ("tens of thousands", 20_000), ("millions", 2_000_000),
        ("thousands", 2_000), ("hundreds", 200), ("dozens", 24),
    ];

    // Porter stems of the words that say what a figure counts; exact matches only ("di" is "died", not "diplomat").
    private static readonly Dictionary<string, string> Events = new(StringComparer.Ordinal)
    {
        ["kill"] = "deaths", ["dead"] = "deaths", ["death"] = "deaths", ["die"] = "deaths", ["di"] = "deaths",
        ["live"] = "deaths", ["fatal"] = "deaths", ["toll"] = "deaths",
        ["wound"] = "injured", ["injur"] = "injured", ["injuri"] = "injured", ["hurt"] = "injured",
        ["trap"] = "trapped", ["besieg"] = "trapped", ["strand"] = "trapped",
        ["displac"] = "displaced", ["refuge"] = "displaced", ["fled"] = "displaced", ["flee"] = "displaced",
        ["arrest"] = "arrested", ["detain"] = "arrested", ["evacu"] = "evacuated",
    };

    public static IEnumerable<QuantityMention> Extract(int sentence, string text)
    {
        foreach (Match m in Quantity().Matches(text))
        {
            var value = Value(m, out var vague);
            if (value is null) continue;
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            if (StopWords.Contains(unitWord) || unitWord.Length < 3) continue;
            var unit = PorterStemmer.Stem(unitWord);
            yield return new QuantityMention(sentence, m.Value.Trim(), value.Value, vague, unit, EventOf(text, m));
        }
    }

    private static double? Value(Match m, out bool vague)
    {
        vague = m.Groups["vague"].Success || m.Groups["qual"].Success;
        if (m.Groups["vague"].Success)
        {
            var v = m.Groups["vague"].Value.ToLowerInvariant();
            return VagueAmounts.First(a => v.Contains(a.Pattern, StringComparison.Ordinal)).Value;
        }

        if (m.Groups["frac"].Success)
        {
            return m.Groups["frac"].Value.Contains("quarter", StringComparison.OrdinalIgnoreCase) ? 250_000 : 500_000;
        }

        var num = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(num, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
        if (!m.Groups["num"].Value.Contains(',') && n is >= 1900 and <= 2100 && !m.Groups["mult"].Success) return null; // a year
        n *= m.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            _ => 1,
        };
        return n;
    }

    private static string? EventOf(string text, Match m)
    {
        var after = text[(m.Index + m.Length)..];
        var before = text[..m.Index];
        var near = Tokenizer.Words(before).TakeLast(10).Concat(Tokenizer.Words(after).Take(8));
        foreach (var word in near)
        {
            if (Events.TryGetValue(PorterStemmer.Stem(word), out var ev)) return ev;
        }

        return null;
    }

    [GeneratedRegex(
        @"(?<qual>\b(?:more than|over|at least|nearly|almost|about|around|some|as many as|up to|fewer than|less than|roughly|approximately|an estimated|estimated)\s+)?" +
        @"(?:(?<vague>\b(?:hundreds of thousands|tens of thousands|millions|thousands|hundreds|dozens))\s+of" +
        @"|(?<frac>\b(?:a\s+|one\s+)?(?:half[- ]a[- ]million|half[- ]million|quarter[- ]of[- ]a[- ]million|quarter[- ]million))" +
        @"|(?<![\d.,$])(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d%-])(?:\s+(?<mult>thousand|million|billion)\b)?)" +
        @"\s+(?:(?:more|other|of|the)\s+)*(?<unit>[A-Za-z]+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
}

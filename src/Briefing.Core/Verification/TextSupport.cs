using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>
/// Whether text a model wrote is backed by source text: every number, link, date and weekday in it must occur in the backing
/// text, and enough of its content terms (stemmed) must too. Labels (title, headings, topics) may also use a few
/// generic words that no article needs to contain.
/// </summary>
internal static partial class TextSupport
{
    private static readonly HashSet<string> GenericLabelTerms =
        "key points details background context overview summary latest developments reaction responses what next outlook timeline disagreements dispute figures numbers toll casualties deaths dates names reports claims facts story briefing update analysis impact aftermath talks events sides"
            .Split(' ')
            .Select(PorterStemmer.Stem)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="text"/> is backed by <paramref name="backing"/>; else why not.</summary>
    public static string? Check(string text, string backing, double minCoverage)
    {
        var backingNumbers = Numbers(backing).ToHashSet(StringComparer.Ordinal);
        var missingNumber = Numbers(text).FirstOrDefault(n => !backingNumbers.Contains(n));
        if (missingNumber is not null) return $"the number {missingNumber} is in none of its quotes";
        if (Calendar.Missing(text, backing) is { } time) return $"'{time}' is in none of its quotes";
        if (Link().Match(text) is { Success: true } link && !backing.Contains(link.Value, StringComparison.OrdinalIgnoreCase)) return $"the link '{link.Value}' is in none of its quotes";
        var terms = Tokenizer.ContentTerms(text).Where(t => !char.IsDigit(t[0])).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return null;
        var known = Tokenizer.ContentTerms(backing).ToHashSet(StringComparer.Ordinal);
        var coverage = (double)terms.Count(known.Contains) / terms.Count;
        return coverage >= minCoverage ? null : FormattableString.Invariant($"only {coverage * 100:F0}% of its words are backed by its quotes");
    }

    /// <summary>Whether a title, heading or topic uses only words of the verified quotes it labels (plus generic label words), and no link or number they lack.</summary>
    public static bool IsBackedLabel(string label, string backing)
    {
        if (Link().IsMatch(label)) return false;
        var numbers = Numbers(backing).ToHashSet(StringComparer.Ordinal);
        if (Numbers(label).Any(n => !numbers.Contains(n))) return false;
        var terms = Tokenizer.ContentTerms(backing).ToHashSet(StringComparer.Ordinal);
        return Tokenizer.ContentTerms(label).All(t => terms.Contains(t) || GenericLabelTerms.Contains(t) || char.IsDigit(t[0]));
    }

    // Compared in canonical form, so "400 000" in a point is the "400,000" of its quote.
    private static IEnumerable<string> Numbers(string text) => CanonicalTokens.Values(text).Where(v => char.IsDigit(v[0]));

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}

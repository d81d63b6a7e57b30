using System.Text.RegularExpressions;

namespace Briefing.Verification;

/// <summary>A word of text in comparison form, with where it stands in the original.</summary>
internal readonly record struct CanonicalToken(string Value, int Start, int End);

/// <summary>
/// The comparison form quotes are matched in: lower-case words and numbers only, so case, punctuation, quote
/// marks, dashes and white space never decide a match. Dotted abbreviations are one word (U.S. = US, U.N. = UN)
/// and digit groups one number (400,000 = 400 000 = 400000). A changed, added or missing word still differs.
/// </summary>
internal static partial class CanonicalTokens
{
    public static List<CanonicalToken> Of(string text)
    {
        var tokens = new List<CanonicalToken>();
        foreach (Match m in Token().Matches(text))
        {
            var value = m.Groups["abbr"].Success ? m.Value.Replace(".", "", StringComparison.Ordinal)
                : m.Groups["group"].Success ? new string(m.Value.Where(char.IsDigit).ToArray())
                : m.Value;
            tokens.Add(new CanonicalToken(value.ToLowerInvariant(), m.Index, m.Index + m.Length));
        }

        return tokens;
    }

    public static string[] Values(string text) => Of(text).Select(t => t.Value).ToArray();

    [GeneratedRegex(@"(?<abbr>(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}]))|(?<group>(?<![\p{N}.,])\d{1,3}(?:[,\u00A0\u202F ']\d{3})+(?![\p{N}]))|\d+(?:\.\d+)?|[\p{L}\p{N}]+")]
    private static partial Regex Token();
}

using System.Text.RegularExpressions;

namespace Briefing.TestKit.Careful;

/// <summary>
/// The slips a strong model makes in good faith when copying a quote: "U.S." written "US", digit groups spaced,
/// a long sentence shortened with an ellipsis, a fragment re-capitalised, a comma dropped, straight quote marks
/// and an em dash for the source's own. Every third quote gets one; the words never change.
/// </summary>
public static partial class Imperfections
{
    private static readonly Func<string, string?>[] Slips =
    [
        q => q.Contains("U.S.", StringComparison.Ordinal) ? q.Replace("U.S.", "US", StringComparison.Ordinal) : null,
        q => DigitGroup().IsMatch(q) ? DigitGroup().Replace(q, "$1 $2") : null,
        Ellipsis,
        q => q.Length > 1 ? (char.IsUpper(q[0]) ? char.ToLowerInvariant(q[0]) : char.ToUpperInvariant(q[0])) + q[1..] : null,
        q => q.Contains(", ", StringComparison.Ordinal) ? q[..q.IndexOf(", ", StringComparison.Ordinal)] + " " + q[(q.IndexOf(", ", StringComparison.Ordinal) + 2)..] : null,
        q => q.IndexOfAny(['“', '”', '’']) >= 0 || q.Contains("--", StringComparison.Ordinal)
            ? q.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace(" -- ", " — ", StringComparison.Ordinal)
            : null,
    ];

    /// <summary>The quote as the model copied it: unchanged unless <paramref name="index"/> picks it for a slip.</summary>
    public static string Apply(string quote, int index)
    {
        if (index % 3 != 1) return quote;
        var start = index / 3 % Slips.Length;
        for (var i = 0; i < Slips.Length; i++)
        {
            if (Slips[(start + i) % Slips.Length](quote) is { } slipped) return slipped;
        }

        return quote;
    }

    private static string? Ellipsis(string quote)
    {
        var words = quote.Split(' ');
        return words.Length < 20 ? null : string.Join(' ', words.Take(7)) + " ... " + string.Join(' ', words.TakeLast(7));
    }

    [GeneratedRegex(@"(\d{1,3}),(\d{3})")]
    private static partial Regex DigitGroup();
}

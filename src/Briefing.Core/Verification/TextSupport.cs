using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>
/// Whether text a model wrote is backed by source text: every number and link in it must occur in the backing
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
        if (Link().Match(text) is { Success: true } link && !backing.Contains(link.Value, StringComparison.OrdinalIgnoreCase)) return $"the link '{link.Value}' is in none of its quotes";
        var terms = Tokenizer.ContentTerms(text).Where(t => !char.IsDigit(t[0])).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return null;
        var known = Tokenizer.ContentTerms(backing).ToHashSet(StringComparer.Ordinal);
        var coverage = (double)terms.Count(known.Contains) / terms.Count;
        return coverage >= minCoverage ? null : FormattableString.Invariant($"only {coverage * 100:F0}% of its words are backed by its quotes");
    }

    /// <summary>Whether a title, heading or topic uses only words from the sources (plus generic label words) and no numbers or links absent from them.</summary>
    public static bool IsBackedLabel(string label, ISet<string> sourceTerms, string sourceText)
    {
        if (Link().IsMatch(label)) return false;
        if (Numbers(label).Any(n => !sourceText.Contains(n, StringComparison.Ordinal))) return false;
        return Tokenizer.ContentTerms(label).All(t => sourceTerms.Contains(t) || GenericLabelTerms.Contains(t) || char.IsDigit(t[0]));
    }

    private static IEnumerable<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal));

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}

using System.Text.RegularExpressions;

namespace Briefing.Verification;

/// <summary>
/// A point that puts words or a position in someone's mouth ("Lavrov said", "according to de Mistura") must name
/// someone its quotes' sentences name; only when those sentences give their speaker as a pronoun ("he said") may
/// the name come from the sentences just before, where the speaker was introduced.
/// </summary>
internal static partial class Attribution
{
    private static readonly HashSet<string> NotNames = new(["The", "A", "An", "He", "She", "They", "It", "We", "I", "But", "And", "However", "Also", "This", "That", "Both", "Officials", "Some", "Others"], StringComparer.Ordinal);

    /// <summary>Null when every speaker the point names is named in its quotes' sentences (or their context); else the one that is not.</summary>
    public static string? Check(string point, string sentences, string context)
    {
        var known = CanonicalTokens.Values(PronounSpeaker().IsMatch(sentences) ? context : sentences).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Speaker().Matches(point))
        {
            var names = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => PossessiveEnd().Replace(w, ""))
                .Where(w => !NotNames.Contains(w))
                .ToList();
            if (names.Count == 0) continue;
            var head = CanonicalTokens.Values(names[^1]);
            if (head.Length > 0 && !head.All(known.Contains)) return $"the point attributes words to {string.Join(' ', names)}, who is not named in its quotes";
        }

        return null;
    }

    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}'’.\-]*\s+(?:(?:de|al|van|von|bin)\s+)?){0,4}\p{Lu}[\p{L}'’\-]*)\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|added|stated|described|called|accused|insisted|noted|warned|urged|argued|emphasi[sz]ed|stressed|claimed|denied|announced|maintained|characteri[sz]ed|referred|suggested|proposed|promised|pledged)\b|according to (?:the\s+)?(?<name>(?:\p{Lu}[\p{L}'’.\-]*\s+(?:(?:de|al|van|von|bin)\s+)?){0,4}\p{Lu}[\p{L}'’\-]*)")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|added|noted|stressed|warned|insisted)\b|\b(?:said|says|added)\s+(?:he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();
}

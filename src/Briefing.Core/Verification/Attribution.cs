using System.Text.RegularExpressions;

namespace Briefing.Verification;

/// <summary>
/// A point that puts words or a position in someone's mouth ("Lavrov said", "according to de Mistura") must name
/// someone its quotes, or the sentence before them where the speaker is introduced, also name.
/// </summary>
internal static partial class Attribution
{
    private static readonly HashSet<string> NotNames = new(["The", "A", "An", "He", "She", "They", "It", "We", "I", "But", "And", "However", "Also", "This", "That", "Both", "Officials", "Some", "Others"], StringComparer.Ordinal);

    /// <summary>Null when every speaker the point names is named in <paramref name="context"/>; else the one that is not.</summary>
    public static string? Check(string point, string context)
    {
        var known = CanonicalTokens.Values(context).ToHashSet(StringComparer.Ordinal);
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

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();
}

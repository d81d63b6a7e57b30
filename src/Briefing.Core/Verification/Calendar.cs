namespace Briefing.Verification;

/// <summary>
/// Dates, weekdays and spans of time a point may only repeat, never supply: "Monday" for a quote's "October 17",
/// or "within days" for "in the near future". Month names and their abbreviations count as one ("May" is left
/// out: it is more often the verb).
/// </summary>
internal static class Calendar
{
    private static readonly Dictionary<string, string> Terms = Build();

    /// <summary>The first time word of <paramref name="text"/> that <paramref name="backing"/> lacks, or null.</summary>
    public static string? Missing(string text, string backing)
    {
        var known = CanonicalTokens.Values(backing).Select(Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return CanonicalTokens.Of(text).Where(t => Key(t.Value) is { } k && !known.Contains(k)).Select(t => text[t.Start..t.End]).FirstOrDefault();
    }

    private static string? Key(string word) => Terms.GetValueOrDefault(word);

    private static Dictionary<string, string> Build()
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march"], ["april", "apr"], ["june", "jun"], ["july", "jul"],
            ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        foreach (var forms in months)
        {
            foreach (var f in forms) terms[f] = forms[0];
        }

        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "tonight", "weekend", "immediately" })
        {
            terms[day] = day;
        }

        foreach (var span in new[] { "hour", "day", "week", "month" })
        {
            terms[span] = span;
            terms[span + "s"] = span;
        }

        return terms;
    }
}

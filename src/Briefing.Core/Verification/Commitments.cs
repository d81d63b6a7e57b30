namespace Briefing.Verification;

/// <summary>
/// Words that harden a claim: a commitment ("agreed", "deal", "signed", "treaty") or a settled finding ("caused",
/// "confirmed", "concluded"). A point may use one only when its quotes do, so a meeting that "could lead to a
/// ceasefire" never becomes one that "agreed a new ceasefire", nor "one possible cause" the cause.
/// </summary>
internal static class Commitments
{
    private static readonly string[] Stems = ["agree", "deal", "sign", "accord", "treaty", "treaties", "pact", "pledge", "commit"];

    /// <summary>Why the point is not backed, or null when every commitment word it uses is in <paramref name="backing"/>.</summary>
    public static string? Missing(string text, string backing)
    {
        var known = CanonicalTokens.Values(backing).Select(Stem).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = CanonicalTokens.Of(text).FirstOrDefault(t => Stem(t.Value) is { } s && !known.Contains(s));
        return missing.Value is null ? null : $"'{text[missing.Start..missing.End]}' is in none of its quotes";
    }

    private static readonly HashSet<string> Findings = new(["caused", "confirmed", "proved", "proven", "established", "determined", "concluded"], StringComparer.Ordinal);

    private static string? Stem(string word) =>
        Findings.Contains(word) ? word : Stems.FirstOrDefault(s => word.StartsWith(s, StringComparison.Ordinal) && !(s == "sign" && word.StartsWith("signif", StringComparison.Ordinal)));
}

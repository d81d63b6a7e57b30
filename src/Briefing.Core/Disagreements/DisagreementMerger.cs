using Briefing.Domain;
using Briefing.Verification;

namespace Briefing.Disagreements;

/// <summary>
/// Joins the engine's disagreements (the LLM reports some) with the detector's: one the detector already found
/// (two or more of its sides quote the same passages of the same sources) is not listed twice.
/// </summary>
internal static class DisagreementMerger
{
    public static IReadOnlyList<Disagreement> Merge(IReadOnlyList<Disagreement> fromEngine, IReadOnlyList<Disagreement> detected)
    {
        var merged = new List<Disagreement>(detected);
        foreach (var d in fromEngine)
        {
            if (!merged.Any(m => SharedSides(d, m) >= 2)) merged.Add(d);
        }

        return merged;
    }

    private static int SharedSides(Disagreement a, Disagreement b) =>
        a.Positions.Count(p => b.Positions.Any(q => q.SourceId == p.SourceId && Overlap(p.Quote, q.Quote)));

    private static bool Overlap(string x, string y)
    {
        var a = QuoteNormalizer.Normalize(x);
        var b = QuoteNormalizer.Normalize(y);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }
}

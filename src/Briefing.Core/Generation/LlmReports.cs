using Briefing.Domain;

namespace Briefing.Generation;

/// <summary>One model report for an edition: every story's calls, cache hits, fallbacks and drops, costs added up.</summary>
internal static class LlmReports
{
    public static LlmReport? Combine(IEnumerable<LlmReport?> reports)
    {
        var all = reports.OfType<LlmReport>().ToList();
        if (all.Count <= 1) return all.FirstOrDefault();
        var costs = all.Select(r => r.EstimatedCost).OfType<decimal>().ToList();
        return new LlmReport(
            all[0].Model,
            all[0].Endpoint,
            [.. all.SelectMany(r => r.Calls)],
            all.Sum(r => r.CachedArticles),
            [.. all.SelectMany(r => r.Fallbacks)],
            [.. all.SelectMany(r => r.DroppedAtMap)])
        {
            EstimatedCost = costs.Count == 0 ? null : costs.Sum(),
        };
    }
}

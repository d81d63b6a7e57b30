using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Reconciliation without the model, used when the reconcile call fails: the verified claims ranked by how many
/// other sources carry a similar claim, near-duplicates merged into one point citing every source that has it,
/// filled up to the word budget.
/// </summary>
internal static class ClaimReconciler
{
    public static BriefingDraft Reconcile(ClaimGraph graph, int words)
    {
        var items = graph.Items;
        var chosen = new List<int>();
        var used = 0;
        foreach (var i in graph.Ranked())
        {
            if (chosen.Any(c => graph.Similar(c, i))) continue;
            var length = Tokenizer.CountWords(items[i].Claim.Claim);
            if (used + length > words) continue;
            chosen.Add(i);
            used += length;
        }

        Point ToPoint(int i) => new(
            items[i].Claim.Claim,
            [new Citation(items[i].SourceId, items[i].Claim.Quotes[0]), .. graph.Support[i].Select(j => new Citation(items[j].SourceId, items[j].Claim.Quotes[0]))]);
        var key = chosen.Where(i => graph.Support[i].Count > 0).Select(ToPoint).ToList();
        var details = chosen.Where(i => graph.Support[i].Count == 0).OrderBy(i => items[i].Article).ThenBy(i => items[i].Rank).Select(ToPoint).ToList();
        var sections = new List<Section>();
        if (key.Count > 0) sections.Add(new Section("Key points", key));
        if (details.Count > 0) sections.Add(new Section("Details", details));
        return new BriefingDraft(null, sections, []);
    }

    /// <summary>
    /// What the reconcile call gets: every source's first claim, then the most corroborated claims, each with one
    /// quote, until <paramref name="budgetWords"/> words of claim and quote text. The model sees the strongest
    /// material, not every claim of every article.
    /// </summary>
    public static IReadOnlyList<ArticleClaims> Select(ClaimGraph graph, IReadOnlyList<ArticleClaims> claims, int budgetWords)
    {
        var items = graph.Items;
        static int Words(ArticleClaim c) => Tokenizer.CountWords(c.Quotes[0]) + (c.Claim == c.Quotes[0] ? 0 : Tokenizer.CountWords(c.Claim));
        var chosen = new HashSet<int>(Enumerable.Range(0, items.Count).Where(i => items[i].Rank == 0));
        var used = chosen.Sum(i => Words(items[i].Claim));
        foreach (var i in graph.Ranked())
        {
            if (chosen.Contains(i) || used + Words(items[i].Claim) > budgetWords) continue;
            chosen.Add(i);
            used += Words(items[i].Claim);
        }

        return claims.Select((c, article) => c with
        {
            Claims = Enumerable.Range(0, items.Count)
                .Where(i => items[i].Article == article && chosen.Contains(i))
                .Select(i => items[i].Claim with { Quotes = [items[i].Claim.Quotes[0]] })
                .ToList(),
        }).ToList();
    }
}

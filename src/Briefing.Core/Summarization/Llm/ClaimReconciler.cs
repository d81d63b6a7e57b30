using Briefing.Domain;
using Briefing.LlmClient;
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

        // A claim's own quotes all go with it: its wording was checked against all of them at the map step.
        Point ToPoint(int i) => new(
            items[i].Claim.Claim,
            [.. items[i].Claim.Quotes.Select(q => new Citation(items[i].SourceId, q)), .. graph.Support[i].Select(j => new Citation(items[j].SourceId, items[j].Claim.Quotes[0]))]);
        var key = chosen.Where(i => graph.Support[i].Count > 0).Select(ToPoint).ToList();
        var details = chosen.Where(i => graph.Support[i].Count == 0).OrderBy(i => items[i].Article).ThenBy(i => items[i].Rank).Select(ToPoint).ToList();
        var sections = new List<Section>();
        if (key.Count > 0) sections.Add(new Section("Key points", key));
        if (details.Count > 0) sections.Add(new Section("Details", details));
        return new BriefingDraft(null, sections, []);
    }

    /// <summary>
    /// What the reconcile call gets: every verified claim with all its verified quotes when they fit
    /// <paramref name="budgetTokens"/>; past it, every source's first claim and every claim whose figure, date or
    /// name another source gives differently, then the most corroborated claims until the budget is spent.
    /// </summary>
    public static IReadOnlyList<ArticleClaims> Select(ClaimGraph graph, IReadOnlyList<ArticleClaims> claims, int budgetTokens, TokenCounter tokens)
    {
        var items = graph.Items;
        var chosen = new HashSet<int>();
        if (items.Sum(i => Tokens(i.Claim, tokens)) > budgetTokens)
        {
            var used = 0;
            var order = Enumerable.Range(0, items.Count).Where(i => items[i].Rank == 0)
                .Concat(Enumerable.Range(0, items.Count).Where(graph.Contested))
                .Concat(graph.Ranked());
            foreach (var i in order)
            {
                if (chosen.Contains(i) || used + Tokens(items[i].Claim, tokens) > budgetTokens) continue;
                chosen.Add(i);
                used += Tokens(items[i].Claim, tokens);
            }
        }
        else
        {
            chosen.UnionWith(Enumerable.Range(0, items.Count));
        }

        return claims.Select((c, article) => c with
        {
            Claims = Enumerable.Range(0, items.Count).Where(i => items[i].Article == article && chosen.Contains(i)).Select(i => items[i].Claim).ToList(),
        }).ToList();
    }

    /// <summary>Tokens of a claim with its quotes as the reconcile prompt lays them out ("- claim: ", "  quote: ", line ends).</summary>
    public static int Tokens(ArticleClaim c, TokenCounter tokens) => tokens.Count(c.Claim) + c.Quotes.Sum(q => tokens.Count(q) + 4) + 6;
}

using Briefing.Model;
using Briefing.Text;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Reconciliation without the model, used when the reconcile call fails: the verified claims ranked by how many
/// other sources carry a similar claim, near-duplicates merged into one point citing every source that has it,
/// filled up to the word budget.
/// </summary>
internal static class ClaimReconciler
{
    public const double Similarity = 0.3;

    public static BriefingDraft Reconcile(IReadOnlyList<ArticleClaims> claims, int words)
    {
        var items = claims.SelectMany((c, article) => c.Claims.Select((claim, rank) => (c.SourceId, Article: article, Rank: rank, Claim: claim))).ToList();
        var terms = items.Select(i => Tokenizer.ContentTerms(i.Claim.Claim + " " + string.Join(' ', i.Claim.Quotes)).ToList()).ToList();
        var space = new TermSpace(terms);
        var vectors = terms.Select(space.Vector).ToList();
        var support = items.Select((item, i) => items
                .Select((other, j) => (other, j, Cos: vectors[i].Cosine(vectors[j])))
                .Where(o => o.other.SourceId != item.SourceId && o.Cos >= Similarity)
                .GroupBy(o => o.other.SourceId)
                .Select(g => g.MaxBy(o => o.Cos).j)
                .ToList())
            .ToList();

        var order = Enumerable.Range(0, items.Count)
            .OrderByDescending(i => support[i].Count)
            .ThenBy(i => items[i].Rank)
            .ThenBy(i => items[i].Article);
        var chosen = new List<int>();
        var used = 0;
        foreach (var i in order)
        {
            if (chosen.Any(c => vectors[c].Cosine(vectors[i]) >= Similarity)) continue;
            var length = Tokenizer.CountWords(items[i].Claim.Claim);
            if (used + length > words) continue;
            chosen.Add(i);
            used += length;
        }

        Point ToPoint(int i) => new(
            items[i].Claim.Claim,
            [new Citation(items[i].SourceId, items[i].Claim.Quotes[0]), .. support[i].Select(j => new Citation(items[j].SourceId, items[j].Claim.Quotes[0]))]);
        var key = chosen.Where(i => support[i].Count > 0).Select(ToPoint).ToList();
        var details = chosen.Where(i => support[i].Count == 0).OrderBy(i => items[i].Article).ThenBy(i => items[i].Rank).Select(ToPoint).ToList();
        var sections = new List<Section>();
        if (key.Count > 0) sections.Add(new Section("Key points", key));
        if (details.Count > 0) sections.Add(new Section("Details", details));
        return new BriefingDraft(null, sections, []);
    }
}

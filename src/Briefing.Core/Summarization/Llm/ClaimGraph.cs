using Briefing.Text;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Every article's claims with, for each, the best similar claim in each other source (TF-IDF cosine over the
/// claim and its quotes): the corroboration both claim selection and the fallback reconciliation rank by.
/// </summary>
internal sealed class ClaimGraph
{
    public const double Similarity = 0.3;

    private readonly List<SparseVector> _vectors;

    public ClaimGraph(IReadOnlyList<ArticleClaims> claims)
    {
        Items = claims.SelectMany((c, article) => c.Claims.Select((claim, rank) => new Item(c.SourceId, article, rank, claim))).ToList();
        var terms = Items.Select(i => Tokenizer.ContentTerms(i.Claim.Claim + " " + string.Join(' ', i.Claim.Quotes)).ToList()).ToList();
        var space = new TermSpace(terms);
        _vectors = terms.Select(space.Vector).ToList();
        Support = Items.Select((item, i) => Items
                .Select((other, j) => (other, j, Cos: _vectors[i].Cosine(_vectors[j])))
                .Where(o => o.other.SourceId != item.SourceId && o.Cos >= Similarity)
                .GroupBy(o => o.other.SourceId)
                .Select(g => g.MaxBy(o => o.Cos).j)
                .ToList())
            .ToList();
    }

    public IReadOnlyList<Item> Items { get; }

    /// <summary>For each item, the most similar item of every other source that carries it.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Support { get; }

    /// <summary>Items ordered most corroborated first, then by their place in their article, then by article.</summary>
    public IEnumerable<int> Ranked() =>
        Enumerable.Range(0, Items.Count).OrderByDescending(i => Support[i].Count).ThenBy(i => Items[i].Rank).ThenBy(i => Items[i].Article);

    public bool Similar(int a, int b) => _vectors[a].Cosine(_vectors[b]) >= Similarity;

    public sealed record Item(string SourceId, int Article, int Rank, ArticleClaim Claim);
}

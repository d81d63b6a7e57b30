using Briefing.Text;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Every article's claims with, for each, the best similar claim in each other source (TF-IDF cosine over the
/// claim and its quotes): the corroboration both claim selection and the fallback reconciliation rank by.
/// </summary>
internal sealed partial class ClaimGraph
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

    /// <summary>
    /// Whether a related claim of another source (half the usual similarity suffices: the figures differ) gives a
    /// figure, date or weekday this claim's quotes lack, and this claim has one of its own.
    /// </summary>
    public bool Contested(int i)
    {
        var mine = Specifics(Items[i].Claim);
        if (mine.Count == 0) return false;
        return Enumerable.Range(0, Items.Count).Any(j => Items[j].SourceId != Items[i].SourceId
            && _vectors[i].Cosine(_vectors[j]) >= Similarity / 2
            && Specifics(Items[j].Claim) is { Count: > 0 } theirs && !theirs.SetEquals(mine));
    }

    private static HashSet<string> Specifics(ArticleClaim claim) =>
        SpecificPattern().Matches(string.Join(' ', claim.Quotes)).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:[.,]\d+)*|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b")]
    private static partial System.Text.RegularExpressions.Regex SpecificPattern();

    public sealed record Item(string SourceId, int Article, int Rank, ArticleClaim Claim);
}

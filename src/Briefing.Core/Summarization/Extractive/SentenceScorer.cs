using Briefing.Reconciliation;
using Briefing.Text;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// Scores candidates across all articles: closeness to the story's centroid, the share of other sources that carry
/// the same information, and how early the sentence stands in its article.
/// </summary>
internal static class SentenceScorer
{
    public static IReadOnlyList<ScoredSentence> Score(StoryIndex index, ExtractiveOptions options)
    {
        var candidates = Enumerable.Range(0, index.Sentences.Count).Where(i => IsCandidate(index, i, options)).ToList();
        if (candidates.Count == 0) return [];

        var centroid = Centroid(index);
        var others = Math.Max(1, index.Articles.Count - 1);
        var raw = candidates.Select(i =>
        {
            var support = index.BestMatchesInOtherArticles(i, options.CorroborationThreshold);
            var centrality = index.Vectors[i].Cosine(centroid);
            var corroboration = (double)support.Count / others;
            var position = 1.0 / Math.Sqrt(1 + index.Sentences[i].Index);
            return (i, centrality, corroboration, position, support);
        }).ToList();

        var maxCentrality = Math.Max(1e-9, raw.Max(r => r.centrality));
        return raw.Select(r => new ScoredSentence(
                r.i,
                (options.CentralityWeight * r.centrality / maxCentrality) + (options.CorroborationWeight * r.corroboration) + (options.PositionWeight * r.position),
                r.support))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .ToList();
    }

    private static bool IsCandidate(StoryIndex index, int i, ExtractiveOptions options)
    {
        var s = index.Sentences[i];
        if (s.WordCount < options.MinSentenceWords || s.WordCount > options.MaxSentenceWords) return false;
        if (index.Vectors[i].IsEmpty) return false;
        if (options.SkipBoilerplate && Boilerplate.IsLikely(s.Text)) return false;
        var last = s.Text.TrimEnd('"', '\'', '”', '’', ')')[^1];
        return last is '.' or '!' or '"' or '”' or '’' || char.IsLetterOrDigit(last);
    }

    private static SparseVector Centroid(StoryIndex index)
    {
        var sum = new Dictionary<int, double>();
        foreach (var v in index.Vectors)
        {
            for (var k = 0; k < v.Indices.Length; k++) sum[v.Indices[k]] = sum.GetValueOrDefault(v.Indices[k]) + v.Values[k];
        }

        return SparseVector.FromWeights(sum);
    }
}

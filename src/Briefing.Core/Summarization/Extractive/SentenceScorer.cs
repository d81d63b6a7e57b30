using Briefing.Disagreements;
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
        var furniture = index.Sentences.Select(s => Boilerplate.IsLikely(s.Text)).ToArray();
        var candidates = Enumerable.Range(0, index.Sentences.Count).Where(i => IsCandidate(index, i, furniture[i], options)).ToList();
        if (candidates.Count == 0) return [];

        var centroid = Centroid(index);
        // Position counts only text a reader would take as the story: a headline fragment, byline or sign-up line
        // before the lead does not push it down.
        var rank = new int[index.Sentences.Count];
        for (var i = 1; i < index.Sentences.Count; i++)
        {
            var counts = index.Sentences[i - 1].WordCount >= 4 && !furniture[i - 1];
            rank[i] = index.ArticleOf[i] != index.ArticleOf[i - 1] ? 0 : rank[i - 1] + (counts ? 1 : 0);
        }

        var others = Math.Max(1, index.Articles.Count - 1);
        var raw = candidates.Select(i =>
        {
            var support = index.BestMatchesInOtherArticles(i, options.CorroborationThreshold);
            var centrality = index.Vectors[i].Cosine(centroid);
            var corroboration = (double)support.Count / others;
            var position = 1.0 / Math.Sqrt(1 + rank[i]);
            return (i, centrality, corroboration, position, support);
        }).ToList();

        var maxCentrality = Math.Max(1e-9, raw.Max(r => r.centrality));
        var agreement = ArticleAgreement(index);
        return raw.Select(r => new ScoredSentence(
                r.i,
                ((options.CentralityWeight * r.centrality / maxCentrality) + (options.CorroborationWeight * r.corroboration) + (options.PositionWeight * r.position))
                    * (1 - options.ArticleAgreementWeight + (options.ArticleAgreementWeight * agreement[index.ArticleOf[r.i]])),
                r.support))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .ToList();
    }

    private static bool IsCandidate(StoryIndex index, int i, bool furniture, ExtractiveOptions options)
    {
        var s = index.Sentences[i];
        if (s.WordCount < options.MinSentenceWords || s.WordCount > options.MaxSentenceWords) return false;
        if (index.Vectors[i].IsEmpty) return false;
        if (options.SkipBoilerplate && furniture) return false;
        var last = s.Text.TrimEnd('"', '\'', '”', '’', ')')[^1];
        return last is '.' or '!' or '"' or '”' or '’' || char.IsLetterOrDigit(last) || Scripts.FullWidthStops.Contains(last) || Scripts.FullWidthClosers.Contains(last);
    }

    // How much each article says what the others say: cosine of its summed sentence vectors with the other articles'
    // sum, scaled so the most typical article has 1. A lone article, or one off the story, weighs less.
    private static double[] ArticleAgreement(StoryIndex index)
    {
        var n = index.Articles.Count;
        if (n < 3) return Enumerable.Repeat(1.0, n).ToArray();
        var sums = new Dictionary<int, double>[n];
        var total = new Dictionary<int, double>();
        for (var a = 0; a < n; a++) sums[a] = [];
        for (var i = 0; i < index.Sentences.Count; i++)
        {
            var v = index.Vectors[i];
            for (var k = 0; k < v.Indices.Length; k++)
            {
                sums[index.ArticleOf[i]][v.Indices[k]] = sums[index.ArticleOf[i]].GetValueOrDefault(v.Indices[k]) + v.Values[k];
                total[v.Indices[k]] = total.GetValueOrDefault(v.Indices[k]) + v.Values[k];
            }
        }

        var agreement = new double[n];
        for (var a = 0; a < n; a++)
        {
            var own = SparseVector.FromWeights(sums[a]);
            var rest = SparseVector.FromWeights(total.ToDictionary(p => p.Key, p => p.Value - sums[a].GetValueOrDefault(p.Key)));
            agreement[a] = own.Cosine(rest);
        }

        var max = Math.Max(1e-9, agreement.Max());
        return agreement.Select(x => x / max).ToArray();
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

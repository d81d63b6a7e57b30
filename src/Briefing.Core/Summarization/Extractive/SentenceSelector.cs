using Briefing.Text;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// Greedy selection by score that skips redundant sentences and fits the word budget. A candidate stating the fact
/// of a chosen point in other words is not listed again: its source is cited for that point.
/// </summary>
internal static class SentenceSelector
{
    public static IReadOnlyList<ScoredSentence> Select(StoryIndex index, IReadOnlyList<ScoredSentence> ranked, int budget, ExtractiveOptions options)
    {
        var facts = new FactOverlap(index);
        var chosen = new List<ScoredSentence>();
        var covered = new HashSet<int>();
        var words = 0;
        foreach (var candidate in ranked)
        {
            var length = index.Sentences[candidate.Index].WordCount;
            if (words + length > budget) continue;
            if (covered.Contains(candidate.Index)) continue;
            if (chosen.Any(c => index.Similarity(c.Index, candidate.Index) >= options.RedundancyThreshold)) continue;
            var same = chosen.FindIndex(c => SameFact(facts, c, candidate.Index) >= options.SameFactThreshold);
            if (same >= 0)
            {
                chosen[same] = Cite(index, chosen[same], candidate.Index, SameFact(facts, chosen[same], candidate.Index));
                covered.Add(candidate.Index);
                continue;
            }

            chosen.Add(candidate);
            words += length;
            foreach (var (s, _) in candidate.Support) covered.Add(s); // already cited as support of a chosen point
            if (budget - words < options.MinSentenceWords) break;
        }

        return chosen;
    }

    // Against the point's own sentence only: matching its quotes too merged different facts and cost ROUGE (BENCHMARKS.md).
    private static double SameFact(FactOverlap facts, ScoredSentence point, int candidate) =>
        facts.Containment(point.Index, candidate);

    private static ScoredSentence Cite(StoryIndex index, ScoredSentence point, int sentence, double overlap)
    {
        var article = index.ArticleOf[sentence];
        if (index.ArticleOf[point.Index] == article || point.Support.Any(s => index.ArticleOf[s.Sentence] == article)) return point;
        return point with { Support = [.. point.Support, (sentence, overlap)] };
    }
}

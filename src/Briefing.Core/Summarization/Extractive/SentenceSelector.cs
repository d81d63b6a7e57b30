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
        var sameFacts = new Dictionary<int, List<int>>(); // a point's sentence -> the sentences merged into it as the same fact
        var words = 0;
        foreach (var candidate in ranked)
        {
            var length = index.Sentences[candidate.Index].WordCount;
            if (words + length > budget) continue;
            if (covered.Contains(candidate.Index)) continue;
            if (chosen.Any(c => index.Similarity(c.Index, candidate.Index) >= options.RedundancyThreshold)) continue;
            var same = chosen.FindIndex(c => StatesSameFact(facts, c.Index, sameFacts, candidate.Index, options));
            if (same >= 0)
            {
                if (!sameFacts.TryGetValue(chosen[same].Index, out var merged)) sameFacts[chosen[same].Index] = merged = [];
                chosen[same] = Cite(index, chosen[same], candidate.Index, facts.Containment(chosen[same].Index, candidate.Index), merged);
                merged.Add(candidate.Index);
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

    // Against the point's own sentence and the sentences already merged into it as the same fact, not its
    // corroborating quotes: those are only similar, and matching them merged different facts (BENCHMARKS.md).
    private static bool StatesSameFact(FactOverlap facts, int point, Dictionary<int, List<int>> sameFacts, int candidate, ExtractiveOptions options)
    {
        if (facts.Same(point, candidate, options.SameFactThreshold, options.SameEventThreshold)) return true;
        return sameFacts.TryGetValue(point, out var merged) && merged.Any(m => facts.Same(m, candidate, options.SameFactThreshold, options.SameEventThreshold));
    }

    // A source already cited for the point by a merely similar sentence is cited by the sentence stating the same
    // fact instead, unless that quote too was merged as the same fact.
    private static ScoredSentence Cite(StoryIndex index, ScoredSentence point, int sentence, double overlap, IReadOnlyCollection<int> merged)
    {
        var article = index.ArticleOf[sentence];
        if (index.ArticleOf[point.Index] == article) return point;
        var cited = point.Support.FirstOrDefault(s => index.ArticleOf[s.Sentence] == article, (-1, 0));
        if (cited.Sentence < 0) return point with { Support = [.. point.Support, (sentence, overlap)] };
        if (merged.Contains(cited.Sentence)) return point;
        return point with { Support = point.Support.Select(s => s.Sentence == cited.Sentence ? (sentence, overlap) : s).ToList() };
    }
}

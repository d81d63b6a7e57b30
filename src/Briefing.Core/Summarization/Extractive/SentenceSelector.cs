using Briefing.Text;
using Briefing.Disagreements;

namespace Briefing.Summarization.Extractive;

/// <summary>Greedy selection by score that skips redundant sentences and fits the word budget.</summary>
internal static class SentenceSelector
{
    public static IReadOnlyList<ScoredSentence> Select(StoryIndex index, IReadOnlyList<ScoredSentence> ranked, int budget, ExtractiveOptions options)
    {
        var chosen = new List<ScoredSentence>();
        var covered = new HashSet<int>();
        var words = 0;
        foreach (var candidate in ranked)
        {
            var length = index.Sentences[candidate.Index].WordCount;
            if (words + length > budget) continue;
            if (covered.Contains(candidate.Index)) continue;
            if (chosen.Any(c => index.Similarity(c.Index, candidate.Index) >= options.RedundancyThreshold)) continue;
            chosen.Add(candidate);
            words += length;
            foreach (var (s, _) in candidate.Support) covered.Add(s); // already cited as support of a chosen point
            if (budget - words < options.MinSentenceWords) break;
        }

        return chosen;
    }
}

using Briefing.Domain;

namespace Briefing.Summarization.Llm;

/// <summary>An article's sentences cut into pieces that fit the per-call token budget, neighbours overlapping.</summary>
internal static class Chunker
{
    /// <summary>
    /// Splits on sentence boundaries. Each chunk after the first repeats the last <paramref name="overlap"/> sentences
    /// of the one before. A single sentence longer than the budget becomes a chunk of its own.
    /// </summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<Sentence> sentences, int tokenBudget, int overlap)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < sentences.Count)
        {
            var end = start;
            var tokens = 0;
            while (end < sentences.Count && (end == start || tokens + TokenEstimate.Of(sentences[end].Text) + 1 <= tokenBudget))
            {
                tokens += TokenEstimate.Of(sentences[end].Text) + 1;
                end++;
            }

            chunks.Add(Join(sentences, start, end));
            if (end >= sentences.Count) break;
            start = Math.Max(start + 1, end - overlap);
        }

        return chunks;
    }

    private static string Join(IReadOnlyList<Sentence> sentences, int start, int end)
    {
        var parts = new List<string>();
        for (var i = start; i < end; i++)
        {
            var separator = i > start && sentences[i].Paragraph != sentences[i - 1].Paragraph ? "\n\n" : " ";
            if (i > start) parts.Add(separator);
            parts.Add(sentences[i].Text);
        }

        return string.Concat(parts);
    }
}

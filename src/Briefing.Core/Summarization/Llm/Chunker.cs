using Briefing.Domain;
using Briefing.LlmClient;

namespace Briefing.Summarization.Llm;

/// <summary>An article's sentences cut into pieces that fit the per-call token budget, neighbours overlapping.</summary>
internal static class Chunker
{
    /// <summary>
    /// Splits on sentence boundaries, counting tokens with the model's tokenizer: no chunk has more than
    /// <paramref name="tokenBudget"/> tokens. Each chunk after the first repeats the last <paramref name="overlap"/>
    /// sentences of the one before. A sentence longer than the budget is cut into pieces that fit (at a space where
    /// there is one), each a chunk of its own.
    /// </summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<Sentence> sentences, int tokenBudget, int overlap, TokenCounter tokens)
    {
        var pieces = Pieces(sentences, tokenBudget, tokens);
        var chunks = new List<string>();
        var start = 0;
        while (start < pieces.Count)
        {
            var end = start + 1;
            var used = tokens.Count(pieces[start].Text);
            while (end < pieces.Count && used + tokens.Count(pieces[end].Text) + 1 <= tokenBudget)
            {
                used += tokens.Count(pieces[end].Text) + 1;
                end++;
            }

            // Token counts of the parts need not add up to the count of the joined text: check the whole, drop from the end.
            var text = Join(pieces, start, end);
            while (end - start > 1 && tokens.Count(text) > tokenBudget) text = Join(pieces, start, --end);
            chunks.Add(text);
            if (end >= pieces.Count) break;
            start = Math.Max(start + 1, end - overlap);
        }

        return chunks;
    }

    private static List<(string Text, int Paragraph)> Pieces(IReadOnlyList<Sentence> sentences, int tokenBudget, TokenCounter tokens)
    {
        var pieces = new List<(string, int)>();
        foreach (var s in sentences)
        {
            var rest = s.Text;
            while (tokens.Count(rest) > tokenBudget)
            {
                var cut = tokens.FittingLength(rest, tokenBudget);
                var space = rest.LastIndexOf(' ', cut - 1, cut);
                if (space > cut / 2) cut = space;
                else if (cut > 1 && char.IsHighSurrogate(rest[cut - 1])) cut--;
                pieces.Add((rest[..cut].TrimEnd(), s.Paragraph));
                rest = rest[cut..].TrimStart();
            }

            if (rest.Length > 0) pieces.Add((rest, s.Paragraph));
        }

        return pieces;
    }

    private static string Join(List<(string Text, int Paragraph)> pieces, int start, int end)
    {
        var parts = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (i > start) parts.Add(pieces[i].Paragraph != pieces[i - 1].Paragraph ? "\n\n" : " ");
            parts.Add(pieces[i].Text);
        }

        return string.Concat(parts);
    }
}

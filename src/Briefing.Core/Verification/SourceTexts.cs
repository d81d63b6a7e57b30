using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>The articles' texts in comparison form, for checking that a quote really occurs in its cited source.</summary>
internal sealed class SourceTexts(IEnumerable<Article> articles, int minQuoteWords)
{
    private readonly Dictionary<string, string> _texts = articles.ToDictionary(a => a.Id, a => QuoteNormalizer.Normalize(a.SourceText), StringComparer.Ordinal);

    /// <summary>Null when the quote holds; otherwise why it does not.</summary>
    public string? Check(string sourceId, string quote)
    {
        if (!_texts.TryGetValue(sourceId, out var text)) return $"unknown source id '{sourceId}'";
        var q = QuoteNormalizer.Normalize(quote);
        if (q.Length == 0) return "empty quote";
        if (Tokenizer.CountWords(q) < minQuoteWords) return $"quote shorter than {minQuoteWords} words";
        return text.Contains(q, StringComparison.Ordinal) ? null : $"quote not found in {sourceId}";
    }
}

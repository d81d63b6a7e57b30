using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>The articles' texts in comparison form, for checking that a quote really occurs in its cited source.</summary>
internal sealed class SourceTexts(IEnumerable<Article> articles, int minQuoteWords)
{
    private readonly Dictionary<string, ArticleText> _texts = articles.ToDictionary(a => a.Id, a => new ArticleText(a), StringComparer.Ordinal);

    /// <summary>Where the quote is in its source (the exact source text to show), or null with why not.</summary>
    public (QuoteMatch? Match, string? Reason) Check(string sourceId, string quote)
    {
        if (!_texts.TryGetValue(sourceId, out var text)) return (null, $"unknown source id '{sourceId}'");
        if (QuoteNormalizer.Normalize(quote).Length == 0) return (null, "empty quote");
        if (Tokenizer.CountWords(quote) < minQuoteWords) return (null, $"quote shorter than {minQuoteWords} words");
        var (match, reason) = text.Find(quote, Math.Max(minQuoteWords, 3));
        return match is null ? (null, $"{reason} in {sourceId}") : (match, null);
    }
}

using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>
/// Whether a page is a notice rather than an article: at least <see cref="IngestionOptions.MaxFurnitureShare"/> of its
/// words are web-page furniture (see <see cref="Boilerplate"/>) and its other text is under
/// <see cref="IngestionOptions.ArticleProseWords"/> words. Ingestion refuses such a page; the feed reader keeps the
/// feed item's own text instead of it.
/// </summary>
internal static class PageFurniture
{
    /// <summary>The reason a page is not an article, or null when it is one.</summary>
    public static string? NotAnArticle(IEnumerable<string> sentences, double maxShare)
    {
        int words = 0, furniture = 0;
        foreach (var s in sentences)
        {
            var n = Tokenizer.CountWords(s);
            words += n;
            if (Boilerplate.IsLikely(s)) furniture += n;
        }

        if (maxShare >= 1 || furniture == 0 || furniture < maxShare * words || words - furniture >= IngestionOptions.ArticleProseWords) return null;
        return $"not an article: {furniture} of its {words} words are web-page furniture (error, sign-in, sharing or web-archive notices; Ingestion:MaxFurnitureShare {maxShare.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
    }
}

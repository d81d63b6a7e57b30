using System.Net;
using Briefing.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Feeds;

internal sealed class ArticlePageReader(SafeHttp http, IOptions<FeedsOptions> options, IOptions<IngestionOptions> ingestion, ILogger<ArticlePageReader> logger) : IArticlePageReader
{
    private const string Accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    // Real pages nest a few dozen levels; the extractor walks the tree recursively.
    private const int MaxPageDepth = 1000;

    public async Task<ArticlePage> ReadAsync(FeedItem item, CancellationToken cancellationToken = default)
    {
        if (item.Link is null || !Uri.TryCreate(item.Link, UriKind.Absolute, out var url)) return Fallback(item, "the item has no link");
        try
        {
            var response = await http.GetAsync(url, options.Value.MaxPageBytes, null, Accept, cancellationToken);
            if (response.Status != HttpStatusCode.OK) return Fallback(item, $"HTTP {(int)response.Status} from {response.FinalUrl}");
            if (response.ContentType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return Fallback(item, $"{response.FinalUrl} is {type}, not HTML");
            }

            var html = BodyDecoder.Decode(response.Body, response.Charset);
            if (HtmlDepth.Max(html) > MaxPageDepth) return Fallback(item, $"{response.FinalUrl} nests its markup too deeply to parse safely");
            var (meta, text) = HtmlTextExtractor.Extract(html);
            if (text.Length < (item.Content?.Length ?? 0)) return Fallback(item, $"{response.FinalUrl} has less text than the feed");
            // A sign-in wall or an error page served with 200: ingestion would refuse it, so keep the feed's own text.
            if (PageFurniture.NotAnArticle(Text.SentenceSplitter.Split(text), ingestion.Value.MaxFurnitureShare) is { } notice)
            {
                return Fallback(item, $"{response.FinalUrl} is {notice}");
            }

            return new ArticlePage(item, html, text, null, meta.Outlet);
        }
        catch (Exception e) when (e is FetchRefusedException or FetchFailedException or HttpRequestException)
        {
            return Fallback(item, e.Message);
        }
    }

    private ArticlePage Fallback(FeedItem item, string reason)
    {
        Log.PageFallback(logger, item.Link ?? item.Id, reason);
        return new ArticlePage(item, null, item.Content ?? item.Summary ?? "", reason);
    }
}

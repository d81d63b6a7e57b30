namespace Briefing.Service.Feeds;

/// <summary>Fetches an item's article page with the same protections as feeds.</summary>
public interface IArticlePageReader
{
    /// <summary>Never throws for a bad page: falls back to the item's own content with the reason. Only cancellation propagates.</summary>
    Task<ArticlePage> ReadAsync(FeedItem item, CancellationToken cancellationToken = default);
}

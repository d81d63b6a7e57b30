namespace Briefing.Service.Feeds;

/// <summary>The full text of an item: from its page when that could be fetched, else from the feed's own content.</summary>
/// <param name="Html">The page as fetched (for the HTML ingestion path); null when the feed's text was used.</param>
/// <param name="Text">Main text (AngleSharp extraction of the page, or the item's content); may be empty.</param>
/// <param name="FallbackReason">Why the page was not used; null when it was.</param>
public sealed record ArticlePage(FeedItem Item, string? Html, string Text, string? FallbackReason)
{
    public bool FromPage => FallbackReason is null;
}

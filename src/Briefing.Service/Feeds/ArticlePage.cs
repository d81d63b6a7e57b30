namespace Briefing.Service.Feeds;

/// <summary>The full text of an item: from its page when that could be fetched, else from the feed's own content.</summary>
/// <param name="Html">The page as fetched (for the HTML ingestion path); null when the feed's text was used.</param>
/// <param name="Text">Main text (AngleSharp extraction of the page, or the item's content); may be empty.</param>
/// <param name="FallbackReason">Why the page was not used; null when it was.</param>
/// <param name="Publisher">The page's own publisher (<c>og:site_name</c>, else JSON-LD <c>publisher</c>); null when the page was not used or names none.</param>
public sealed record ArticlePage(FeedItem Item, string? Html, string Text, string? FallbackReason, string? Publisher = null)
{
    public bool FromPage => FallbackReason is null;
}

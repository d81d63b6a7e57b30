namespace Briefing.Service.Feeds;

/// <summary>One entry of a feed, text already stripped of HTML.</summary>
/// <param name="Id">Stable identity: the guid/id, else the link, else "sha256:" and a hash of the content.</param>
/// <param name="Content">Plain text of the full content when the feed carries it, else of the summary.</param>
public sealed record FeedItem(
    string Id,
    string? Title,
    string? Link,
    DateTimeOffset? Published,
    string? Author,
    string? Summary,
    string? Content);

namespace Briefing.Service.Feeds;

/// <summary>
/// The outcome of one read: the state to persist, the items not seen before, and why it failed if it did. An
/// <see cref="FeedReadStatus.Updated"/> read can carry an <see cref="Error"/> too: the feed was damaged part-way and
/// only the items before the damage were read.
/// </summary>
public sealed record FeedReadResult(
    FeedReadStatus Status,
    FeedSourceState State,
    IReadOnlyList<FeedItem> NewItems,
    string? FeedTitle = null,
    string? Error = null)
{
    /// <summary>What the parser left out on purpose (see <c>ParsedFeed.Notice</c>); shown in the source's report.</summary>
    public string? Notice { get; init; }
}

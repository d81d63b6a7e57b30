namespace Briefing.Service.Feeds;

/// <summary>The outcome of one read: the state to persist, the items not seen before, and why it failed if it did.</summary>
public sealed record FeedReadResult(
    FeedReadStatus Status,
    FeedSourceState State,
    IReadOnlyList<FeedItem> NewItems,
    string? FeedTitle = null,
    string? Error = null);

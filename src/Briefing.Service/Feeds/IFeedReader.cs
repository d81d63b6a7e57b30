namespace Briefing.Service.Feeds;

/// <summary>Fetches and parses one feed politely and safely, and says what changed.</summary>
public interface IFeedReader
{
    /// <summary>
    /// Reads the feed described by <paramref name="state"/> (conditional GET, redirects, backoff honoured) and returns
    /// the updated state with the items whose ids are not in <see cref="FeedSourceState.SeenItemIds"/>. Never throws for
    /// a bad source; only cancellation propagates.
    /// </summary>
    Task<FeedReadResult> ReadAsync(FeedSourceState state, CancellationToken cancellationToken = default);
}

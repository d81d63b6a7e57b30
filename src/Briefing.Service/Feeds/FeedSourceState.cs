namespace Briefing.Service.Feeds;

/// <summary>
/// Everything remembered about one feed between runs; persist it as it comes back from
/// <see cref="IFeedReader.ReadAsync"/>. A plain record: storage decides how to keep it.
/// </summary>
/// <param name="Url">The URL as configured.</param>
public sealed record FeedSourceState(string Url)
{
    /// <summary>Where a 301/308 said the feed now lives; used instead of <see cref="Url"/> when set.</summary>
    public string? PermanentUrl { get; init; }

    /// <summary>The last ETag validator, sent back as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The last Last-Modified validator, verbatim, sent back as If-Modified-Since.</summary>
    public string? LastModified { get; init; }

    /// <summary>Consecutive failed attempts; 0 after any success.</summary>
    public int FailureCount { get; init; }

    /// <summary>Earliest time to try again (backoff or Retry-After); null when the source may be fetched at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed; null after a success.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Set when the source is given up (410 Gone); the reason is meant to be shown. Cleared only by hand.</summary>
    public string? DeactivatedReason { get; init; }

    /// <summary>Stable ids of items already handed out, newest feed first, capped at <see cref="FeedsOptions.MaxSeenItems"/>.</summary>
    public IReadOnlyList<string> SeenItemIds { get; init; } = [];

    /// <summary>The URL a fetch goes to: the remembered permanent redirect, else the configured URL.</summary>
    public string EffectiveUrl => PermanentUrl ?? Url;
}

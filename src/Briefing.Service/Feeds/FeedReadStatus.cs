namespace Briefing.Service.Feeds;

public enum FeedReadStatus
{
    /// <summary>The feed was fetched and parsed; new items (possibly none) are listed.</summary>
    Updated,

    /// <summary>The server answered 304 to the conditional GET.</summary>
    NotModified,

    /// <summary>Not fetched: the source is backing off or waiting out a Retry-After.</summary>
    Deferred,

    /// <summary>Not fetched: the source was deactivated earlier.</summary>
    Deactivated,

    /// <summary>The server answered 410; the source is now deactivated.</summary>
    Gone,

    /// <summary>The server answered 429; the next attempt waits for its Retry-After.</summary>
    RateLimited,

    /// <summary>An HTML page came back instead of a feed.</summary>
    NotAFeed,

    /// <summary>Network error, timeout, size cap, refused address, bad status or unparsable document.</summary>
    Failed,
}

using System.Net.Http.Headers;

namespace Briefing.Service.Feeds;

internal static class RetryAfter
{
    /// <summary>The wait a Retry-After header asks for (seconds or an HTTP date), never negative; null when absent.</summary>
    public static TimeSpan? Parse(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}

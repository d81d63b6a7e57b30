using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Feeds;

internal sealed class FeedReader(SafeHttp http, IOptions<FeedsOptions> options, TimeProvider time, ILogger<FeedReader> logger) : IFeedReader
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private readonly FeedsOptions _options = options.Value;

    public async Task<FeedReadResult> ReadAsync(FeedSourceState state, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (state.DeactivatedReason is not null) return new(FeedReadStatus.Deactivated, state, [], Error: state.DeactivatedReason);
        if (state.NextAttemptAt > now) return new(FeedReadStatus.Deferred, state, [], Error: state.LastError);

        var attempted = state with { LastAttemptAt = now };
        if (!Uri.TryCreate(state.EffectiveUrl, UriKind.Absolute, out var url))
        {
            return Failure(attempted, FeedReadStatus.Failed, $"not an absolute URL: {state.EffectiveUrl}", null);
        }

        FetchResponse response;
        try
        {
            response = await http.GetAsync(url, _options.MaxFeedBytes, h =>
            {
                if (state.ETag is not null) h.TryAddWithoutValidation("If-None-Match", state.ETag);
                if (state.LastModified is not null) h.TryAddWithoutValidation("If-Modified-Since", state.LastModified);
            }, Accept, cancellationToken);
        }
        catch (Exception e) when (e is FetchRefusedException or FetchFailedException or HttpRequestException)
        {
            return Failure(attempted, FeedReadStatus.Failed, e.Message, null);
        }

        var moved = response.PermanentUrl is { } p ? attempted with { PermanentUrl = p.AbsoluteUri } : attempted;
        if (response.PermanentUrl is not null) Log.Moved(logger, state.EffectiveUrl, moved.PermanentUrl!);
        switch (response.Status)
        {
            case HttpStatusCode.NotModified:
                return new(FeedReadStatus.NotModified, Succeeded(moved, now) with
                {
                    ETag = response.Headers.ETag?.ToString() ?? moved.ETag,
                    LastModified = response.LastModified ?? moved.LastModified,
                }, []);
            case HttpStatusCode.Gone:
                var reason = $"410 Gone from {response.FinalUrl} on {now:yyyy-MM-dd}";
                Log.Deactivated(logger, state.Url, reason);
                return new(FeedReadStatus.Gone, moved with { DeactivatedReason = reason, LastError = reason }, [], Error: reason);
            case HttpStatusCode.TooManyRequests:
                return Failure(moved, FeedReadStatus.RateLimited, $"429 Too Many Requests from {response.FinalUrl}", response, countFailure: false);
            case >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous:
                break;
            default:
                return Failure(moved, FeedReadStatus.Failed, $"HTTP {(int)response.Status} from {response.FinalUrl}", response);
        }

        var feed = FeedParser.Parse(response.Body, response.FinalUrl, _options.MaxFeedBytes);
        if (!feed.IsFeed)
        {
            return Failure(moved, feed.IsHtml ? FeedReadStatus.NotAFeed : FeedReadStatus.Failed, $"{response.FinalUrl}: {feed.Error}", response);
        }

        var seen = new HashSet<string>(state.SeenItemIds);
        var fresh = feed.Items.DistinctBy(i => i.Id).Where(i => !seen.Contains(i.Id)).ToList();
        var remembered = feed.Items.Select(i => i.Id).Concat(state.SeenItemIds).Distinct().Take(_options.MaxSeenItems).ToList();
        Log.Read(logger, state.EffectiveUrl, feed.Items.Count, fresh.Count);

        // A feed read only up to damage keeps no validators, so the next run fetches it whole instead of getting a 304.
        var damaged = feed.Error is not null;
        var updated = Succeeded(moved, now) with
        {
            ETag = damaged ? null : response.Headers.ETag?.ToString(),
            LastModified = damaged ? null : response.LastModified,
            SeenItemIds = remembered,
        };
        return new(FeedReadStatus.Updated, updated, fresh, feed.Title, feed.Error) { Notice = feed.Notice };
    }

    private static FeedSourceState Succeeded(FeedSourceState state, DateTimeOffset now) =>
        state with { FailureCount = 0, LastError = null, NextAttemptAt = null, LastSuccessAt = now };

    private FeedReadResult Failure(FeedSourceState state, FeedReadStatus status, string error, FetchResponse? response, bool countFailure = true)
    {
        var now = time.GetUtcNow();
        var failures = countFailure ? state.FailureCount + 1 : state.FailureCount;
        var backoff = Backoff.Delay(Math.Max(failures, 1), _options);
        var wait = RetryAfter.Parse(response?.Headers.RetryAfter, now) is { } retryAfter
            ? TimeSpan.FromTicks(Math.Min(retryAfter.Ticks, TimeSpan.FromMinutes(_options.BackoffMaxMinutes).Ticks))
            : backoff;
        if (status != FeedReadStatus.RateLimited && wait < backoff) wait = backoff;
        Log.Failed(logger, state.Url, failures, error);
        return new(status, state with { FailureCount = failures, LastError = error, NextAttemptAt = now + wait }, [], Error: error);
    }
}

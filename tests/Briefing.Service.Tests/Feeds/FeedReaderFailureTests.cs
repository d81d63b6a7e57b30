using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Service.Tests.Feeds;

/// <summary>Sources that fail, throttle, disappear or attack: each is reported, backed off or refused, never fatal.</summary>
public sealed class FeedReaderFailureTests : FeedServerTests
{
    [Fact]
    public async Task ReadAsync_RedirectLoop_FailsAfterCap()
    {
        var result = await ReadAsync(Source("loop"), new Dictionary<string, string?> { ["Feeds:MaxRedirects"] = "3" });

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("redirects", result.Error);
        Assert.Equal(4, Server.CountRequests("loop"));
    }

    [Fact]
    public async Task ReadAsync_Gone_DeactivatesWithVisibleReasonAndStopsFetching()
    {
        var first = await ReadAsync(Source("gone.xml"));

        var second = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Gone, first.Status);
        Assert.Contains("410", first.State.DeactivatedReason);
        Assert.Equal(FeedReadStatus.Deactivated, second.Status);
        Assert.Equal(1, Server.CountRequests("gone.xml"));
    }

    [Fact]
    public async Task ReadAsync_TooManyRequests_HonoursRetryAfterWithoutCountingFailure()
    {
        var result = await ReadAsync(Source("limited.xml"));

        Assert.Equal(FeedReadStatus.RateLimited, result.Status);
        Assert.Equal(Clock.Now.AddSeconds(120), result.State.NextAttemptAt);
        Assert.Equal(0, result.State.FailureCount);
        Assert.Contains("429", result.State.LastError);
    }

    [Fact]
    public async Task ReadAsync_RetryAfterAsDate_WaitsUntilThatDate()
    {
        var until = Clock.Now.AddHours(3);
        Server.Serve("limited.xml", new FakeFeedReply(429, "", "text/plain") { Headers = new Dictionary<string, string> { ["Retry-After"] = until.ToString("r") } });

        var result = await ReadAsync(Source("limited.xml"));

        Assert.Equal(until, result.State.NextAttemptAt);
    }

    [Fact]
    public async Task ReadAsync_ServiceUnavailableWithLongRetryAfter_CountsFailureAndWaitsLonger()
    {
        Server.Serve("busy.xml", new FakeFeedReply(503, "", "text/plain") { Headers = new Dictionary<string, string> { ["Retry-After"] = "7200" } });

        var result = await ReadAsync(Source("busy.xml"));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Equal(1, result.State.FailureCount);
        Assert.Equal(Clock.Now.AddHours(2), result.State.NextAttemptAt);
    }

    [Fact]
    public async Task ReadAsync_BeforeNextAttempt_DeferredWithoutRequest()
    {
        var limited = await ReadAsync(Source("limited.xml"));
        Clock.Now = Clock.Now.AddSeconds(119);

        var early = await ReadAsync(limited.State);
        Clock.Now = Clock.Now.AddSeconds(1);
        var onTime = await ReadAsync(limited.State);

        Assert.Equal(FeedReadStatus.Deferred, early.Status);
        Assert.Equal(FeedReadStatus.RateLimited, onTime.Status);
        Assert.Equal(2, Server.CountRequests("limited.xml"));
    }

    [Fact]
    public async Task ReadAsync_RepeatedFailures_BackOffExponentiallyUpToCapThenRecover()
    {
        var state = Source("missing.xml");
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 9; i++)
        {
            var result = await ReadAsync(state);
            Assert.Equal(FeedReadStatus.Failed, result.Status);
            waits.Add(result.State.NextAttemptAt!.Value - Clock.Now);
            state = result.State;
            Clock.Now = result.State.NextAttemptAt!.Value;
        }

        Server.Serve("missing.xml", new FakeFeedReply(Body: Server.Rss(1)));
        var recovered = await ReadAsync(state);

        Assert.Equal([15, 30, 60, 120, 240, 480, 960, 1440, 1440], waits.Select(w => w.TotalMinutes));
        Assert.Equal(9, state.FailureCount);
        Assert.Contains("HTTP 404", state.LastError);
        Assert.Equal(FeedReadStatus.Updated, recovered.Status);
        Assert.Equal(0, recovered.State.FailureCount);
        Assert.Null(recovered.State.LastError);
        Assert.Null(recovered.State.NextAttemptAt);
    }

    [Fact]
    public async Task ReadAsync_FailedFetch_KeepsSeenItems()
    {
        var first = await ReadAsync(Source("rss.xml"));
        Server.Serve("rss.xml", new FakeFeedReply(500, "oops", "text/plain"));

        var failed = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Failed, failed.Status);
        Assert.Equal(first.State.SeenItemIds, failed.State.SeenItemIds);
    }

    [Fact]
    public async Task ReadAsync_HtmlInsteadOfFeed_ReportedAsNotAFeed()
    {
        var result = await ReadAsync(Source("page.html"));

        Assert.Equal(FeedReadStatus.NotAFeed, result.Status);
        Assert.Contains("HTML page", result.Error);
        Assert.Equal(1, result.State.FailureCount);
    }

    [Fact]
    public async Task ReadAsync_Malformed_FailsWithReason()
    {
        var result = await ReadAsync(Source("malformed.xml"));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("not well-formed XML", result.Error);
    }

    [Theory]
    [InlineData("hostile/dtd.xml", "Harmless & fine")]
    [InlineData("hostile/xxe.xml", "File: &file;")]
    [InlineData("hostile/laughs.xml", "&lol9;")]
    public async Task ReadAsync_HostileDtd_ParsedWithoutResolvingOrExpanding(string path, string title)
    {
        var result = await ReadAsync(Source(path));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
        Assert.Equal(title, Assert.Single(result.NewItems).Title);
        Assert.DoesNotContain(Server.Requests, r => r.Path.StartsWith("/leak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_HugeFeed_RefusedAtSizeCap()
    {
        var result = await ReadAsync(Source("huge.xml"), new Dictionary<string, string?> { ["Feeds:MaxFeedBytes"] = "1048576" });

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("1048576-byte cap", result.Error);
    }

    [Fact]
    public async Task ReadAsync_GzipBomb_RefusedAtCapOnDecompressedBytes()
    {
        var result = await ReadAsync(Source("gzip-bomb.xml"), new Dictionary<string, string?> { ["Feeds:MaxFeedBytes"] = "1048576" });

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("after decompression", result.Error);
        Assert.Contains("gzip", Server.Requests[^1].Headers["Accept-Encoding"]);
    }

    [Fact]
    public async Task ReadAsync_SlowDrip_TimesOut()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await ReadAsync(Source("slow.xml"), new Dictionary<string, string?> { ["Feeds:RequestTimeoutSeconds"] = "2" });

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Error);
        Assert.InRange(watch.Elapsed.TotalSeconds, 1.5, 10);
    }

    [Fact]
    public async Task ReadAsync_ConnectionRefused_CountsFailure()
    {
        var result = await ReadAsync(new FeedSourceState("http://127.0.0.1:1/feed.xml"));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Equal(1, result.State.FailureCount);
        Assert.NotNull(result.State.NextAttemptAt);
    }

    [Fact]
    public async Task ReadAsync_TruncatedFeed_KeepsCompleteItemsAndFetchesWholeNextTime()
    {
        var first = await ReadAsync(Source("truncated.xml"));

        var second = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Updated, first.Status);
        Assert.Equal(["rss-0", "rss-1"], first.NewItems.Select(i => i.Id));
        Assert.Contains("damaged after 2 items", first.Error);
        Assert.Null(first.State.ETag);
        Assert.Null(first.State.LastModified);
        Assert.Equal(0, first.State.FailureCount);
        Assert.Equal(FeedReadStatus.Updated, second.Status);
        Assert.False(Server.Requests[^1].Headers.ContainsKey("If-None-Match"));
    }

    [Fact]
    public async Task ReadAsync_ConnectionDroppedMidBody_CountsFailure()
    {
        Server.ItemsPerFeed = 200;

        var result = await ReadAsync(Source("reset.xml"));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Equal(1, result.State.FailureCount);
        Assert.Empty(result.NewItems);
        Assert.Contains("connection lost", result.Error);
    }
}

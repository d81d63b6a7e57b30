using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Service.Tests.Feeds;

public sealed class FeedReaderTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private FakeFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<FeedReadResult> ReadAsync(FeedSourceState state, IDictionary<string, string?>? settings = null)
    {
        await using var services = FeedsHost.Build(_clock, settings);
        return await services.Reader().ReadAsync(state);
    }

    private FeedSourceState Source(string path) => new(_server.Url(path));

    [Theory]
    [InlineData("rss.xml", "rss-0")]
    [InlineData("atom.xml", "urn:fake:atom:0")]
    [InlineData("rdf.xml", "article/rdf-0")]
    public async Task ReadAsync_ValidFeed_ReturnsAllItemsAsNew(string path, string firstId)
    {
        var result = await ReadAsync(Source(path));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
        Assert.Equal(3, result.NewItems.Count);
        Assert.EndsWith(firstId, result.NewItems[0].Id);
        Assert.Equal(result.NewItems.Select(i => i.Id), result.State.SeenItemIds);
        Assert.Equal(_clock.Now, result.State.LastSuccessAt);
        Assert.Equal(0, result.State.FailureCount);
    }

    [Fact]
    public async Task ReadAsync_SecondRunWithNewItem_ReturnsOnlyTheNewItem()
    {
        _server.ItemsPerFeed = 2;
        var first = await ReadAsync(Source("rss.xml"));
        _server.ItemsPerFeed = 3;

        var second = await ReadAsync(first.State);

        Assert.Equal("rss-2", Assert.Single(second.NewItems).Id);
        Assert.Equal(3, second.State.SeenItemIds.Count);
    }

    [Fact]
    public async Task ReadAsync_ConditionalGet_SendsValidatorsAndGets304()
    {
        var first = await ReadAsync(Source("conditional.xml"));

        var second = await ReadAsync(first.State);

        Assert.Equal(FakeFeedServer.ETag, first.State.ETag);
        Assert.Equal(FakeFeedServer.LastModified, first.State.LastModified);
        Assert.Equal(FeedReadStatus.NotModified, second.Status);
        Assert.Empty(second.NewItems);
        Assert.Equal(first.State.SeenItemIds, second.State.SeenItemIds);
        var request = _server.Requests[^1];
        Assert.Equal(FakeFeedServer.ETag, request.Headers["If-None-Match"]);
        Assert.Equal(FakeFeedServer.LastModified, request.Headers["If-Modified-Since"]);
    }

    [Theory]
    [InlineData("etag-only.xml", true)]
    [InlineData("last-modified-only.xml", false)]
    public async Task ReadAsync_OneValidatorOnly_StoresAndSendsThatOneAndGets304(string path, bool etag)
    {
        var first = await ReadAsync(Source(path));

        var second = await ReadAsync(first.State);

        Assert.Equal(etag, first.State.ETag is not null);
        Assert.Equal(!etag, first.State.LastModified is not null);
        Assert.Equal(FeedReadStatus.NotModified, second.Status);
        Assert.Equal(etag, _server.Requests[^1].Headers.ContainsKey("If-None-Match"));
        Assert.Equal(!etag, _server.Requests[^1].Headers.ContainsKey("If-Modified-Since"));
    }

    [Fact]
    public async Task ReadAsync_StaleETagButMatchingDate_Gets304AndKeepsEachValidatorFromResponse()
    {
        var state = Source("conditional.xml") with { ETag = "\"old\"", LastModified = FakeFeedServer.LastModified };

        var result = await ReadAsync(state);

        Assert.Equal(FeedReadStatus.NotModified, result.Status);
        Assert.Equal(FakeFeedServer.ETag, result.State.ETag);
        Assert.Equal(FakeFeedServer.LastModified, result.State.LastModified);
    }

    [Theory]
    [InlineData("moved.xml", "rss.xml")]
    [InlineData("moved-308.xml", "atom.xml")]
    public async Task ReadAsync_PermanentRedirect_RemembersNewUrlAndUsesItNextTime(string path, string target)
    {
        var first = await ReadAsync(Source(path));
        var before = _server.CountRequests(path);

        var second = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Updated, first.Status);
        Assert.Equal(_server.Url(target), first.State.PermanentUrl);
        Assert.Equal(_server.Url(path), first.State.Url);
        Assert.Equal(FeedReadStatus.Updated, second.Status);
        Assert.Equal(before, _server.CountRequests(path));
    }

    [Fact]
    public async Task ReadAsync_TemporaryRedirect_FollowedButNotRemembered()
    {
        var result = await ReadAsync(Source("temporary.xml"));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
        Assert.Null(result.State.PermanentUrl);
    }

    [Fact]
    public async Task ReadAsync_RedirectLoop_FailsAfterCap()
    {
        var result = await ReadAsync(Source("loop"), new Dictionary<string, string?> { ["Feeds:MaxRedirects"] = "3" });

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("redirects", result.Error);
        Assert.Equal(4, _server.CountRequests("loop"));
    }

    [Fact]
    public async Task ReadAsync_Gone_DeactivatesWithVisibleReasonAndStopsFetching()
    {
        var first = await ReadAsync(Source("gone.xml"));

        var second = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Gone, first.Status);
        Assert.Contains("410", first.State.DeactivatedReason);
        Assert.Equal(FeedReadStatus.Deactivated, second.Status);
        Assert.Equal(1, _server.CountRequests("gone.xml"));
    }

    [Fact]
    public async Task ReadAsync_TooManyRequests_HonoursRetryAfterWithoutCountingFailure()
    {
        var result = await ReadAsync(Source("limited.xml"));

        Assert.Equal(FeedReadStatus.RateLimited, result.Status);
        Assert.Equal(_clock.Now.AddSeconds(120), result.State.NextAttemptAt);
        Assert.Equal(0, result.State.FailureCount);
        Assert.Contains("429", result.State.LastError);
    }

    [Fact]
    public async Task ReadAsync_RetryAfterAsDate_WaitsUntilThatDate()
    {
        var until = _clock.Now.AddHours(3);
        _server.Serve("limited.xml", new FakeFeedReply(429, "", "text/plain") { Headers = new Dictionary<string, string> { ["Retry-After"] = until.ToString("r") } });

        var result = await ReadAsync(Source("limited.xml"));

        Assert.Equal(until, result.State.NextAttemptAt);
    }

    [Fact]
    public async Task ReadAsync_ServiceUnavailableWithLongRetryAfter_CountsFailureAndWaitsLonger()
    {
        _server.Serve("busy.xml", new FakeFeedReply(503, "", "text/plain") { Headers = new Dictionary<string, string> { ["Retry-After"] = "7200" } });

        var result = await ReadAsync(Source("busy.xml"));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Equal(1, result.State.FailureCount);
        Assert.Equal(_clock.Now.AddHours(2), result.State.NextAttemptAt);
    }

    [Theory]
    [InlineData("gzip.xml")]
    [InlineData("brotli.xml")]
    public async Task ReadAsync_CompressedFeed_Decompressed(string path)
    {
        var result = await ReadAsync(Source(path));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
        Assert.Equal(3, result.NewItems.Count);
    }

    [Fact]
    public async Task ReadAsync_BeforeNextAttempt_DeferredWithoutRequest()
    {
        var limited = await ReadAsync(Source("limited.xml"));
        _clock.Now = _clock.Now.AddSeconds(119);

        var early = await ReadAsync(limited.State);
        _clock.Now = _clock.Now.AddSeconds(1);
        var onTime = await ReadAsync(limited.State);

        Assert.Equal(FeedReadStatus.Deferred, early.Status);
        Assert.Equal(FeedReadStatus.RateLimited, onTime.Status);
        Assert.Equal(2, _server.CountRequests("limited.xml"));
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
            waits.Add(result.State.NextAttemptAt!.Value - _clock.Now);
            state = result.State;
            _clock.Now = result.State.NextAttemptAt!.Value;
        }

        _server.Serve("missing.xml", new FakeFeedReply(Body: FakeFeedDocuments.Rss(_server.BaseUrl, 1)));
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
        _server.Serve("rss.xml", new FakeFeedReply(500, "oops", "text/plain"));

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
        Assert.DoesNotContain(_server.Requests, r => r.Path.StartsWith("/leak", StringComparison.Ordinal));
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
        Assert.Contains("gzip", _server.Requests[^1].Headers["Accept-Encoding"]);
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
    public async Task ReadAsync_ManyFeedsOnOneHost_AtMostTwoInFlight()
    {
        _server.ItemsPerFeed = 1;
        _server.Latency = TimeSpan.FromMilliseconds(100);
        await using var services = FeedsHost.Build(_clock);
        var reader = services.Reader();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => reader.ReadAsync(Source("rss.xml"))));

        Assert.All(results, r => Assert.Equal(FeedReadStatus.Updated, r.Status));
        Assert.Equal(2, _server.MaxConcurrentRequests);
    }
}

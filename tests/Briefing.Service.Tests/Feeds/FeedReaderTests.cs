using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Service.Tests.Feeds;

public sealed class FeedReaderTests : FeedServerTests
{
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
        Assert.Equal(Clock.Now, result.State.LastSuccessAt);
        Assert.Equal(0, result.State.FailureCount);
    }

    [Fact]
    public async Task ReadAsync_SecondRunWithNewItem_ReturnsOnlyTheNewItem()
    {
        Server.ItemsPerFeed = 2;
        var first = await ReadAsync(Source("rss.xml"));
        Server.ItemsPerFeed = 3;

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
        var request = Server.Requests[^1];
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
        Assert.Equal(etag, Server.Requests[^1].Headers.ContainsKey("If-None-Match"));
        Assert.Equal(!etag, Server.Requests[^1].Headers.ContainsKey("If-Modified-Since"));
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
        var before = Server.CountRequests(path);

        var second = await ReadAsync(first.State);

        Assert.Equal(FeedReadStatus.Updated, first.Status);
        Assert.Equal(Server.Url(target), first.State.PermanentUrl);
        Assert.Equal(Server.Url(path), first.State.Url);
        Assert.Equal(FeedReadStatus.Updated, second.Status);
        Assert.Equal(before, Server.CountRequests(path));
    }

    [Fact]
    public async Task ReadAsync_TemporaryRedirect_FollowedButNotRemembered()
    {
        var result = await ReadAsync(Source("temporary.xml"));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
        Assert.Null(result.State.PermanentUrl);
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
    public async Task ReadAsync_ManyFeedsOnOneHost_AtMostTwoInFlight()
    {
        Server.ItemsPerFeed = 1;
        Server.Latency = TimeSpan.FromMilliseconds(100);
        await using var services = FeedsHost.Build(Clock);
        var reader = services.Reader();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => reader.ReadAsync(Source("rss.xml"))));

        Assert.All(results, r => Assert.Equal(FeedReadStatus.Updated, r.Status));
        Assert.Equal(2, Server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task ReadAsync_SecondRunOfManyFeeds_OnlyConditionalGetsAnswered304()
    {
        Server.ItemsPerFeed = 50;
        await using var services = FeedsHost.Build(Clock);
        var reader = services.Reader();
        var sources = Enumerable.Range(0, 40).Select(i => Source($"conditional.xml?feed={i}")).ToList();

        var first = await Task.WhenAll(sources.Select(s => reader.ReadAsync(s)));
        var second = await Task.WhenAll(first.Select(r => reader.ReadAsync(r.State)));

        Assert.All(first, r => Assert.Equal(50, r.NewItems.Count));
        Assert.All(second, r => Assert.Equal(FeedReadStatus.NotModified, r.Status));
        Assert.All(Server.Requests.Skip(40), r => Assert.Equal(FakeFeedServer.ETag, r.Headers["If-None-Match"]));
        Assert.Equal(80, Server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_AnyFeed_SendsUserAgentAndFeedAccept()
    {
        await ReadAsync(Source("rss.xml"));

        var request = Assert.Single(Server.Requests);
        Assert.Equal("Briefing/1.0 (feed reader)", request.Headers["User-Agent"]);
        Assert.StartsWith("application/rss+xml", request.Headers["Accept"]);
    }

    [Fact]
    public async Task ReadAsync_CallerCancels_Throws()
    {
        await using var services = FeedsHost.Build(Clock);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.Reader().ReadAsync(Source("slow.xml"), cancel.Token));
    }
}

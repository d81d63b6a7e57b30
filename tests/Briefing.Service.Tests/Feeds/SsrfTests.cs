using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Service.Tests.Feeds;

/// <summary>
/// Every forbidden target is refused before a request leaves: the fake server (the only allowed host) sees the
/// redirect that points away, and nothing after it.
/// </summary>
public sealed class SsrfTests : IAsyncLifetime
{
    private FakeFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://2852039166/latest/meta-data/")]
    [InlineData("http://0xA9.0xFE.0xA9.0xFE/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    [InlineData("http://10.0.0.1/feed.xml")]
    [InlineData("http://10.1/feed.xml")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[::1]:{port}/rss.xml")]
    [InlineData("http://localhost:{port}/rss.xml")]
    [InlineData("http://127.0.0.2:{port}/rss.xml")]
    [InlineData("http://0.0.0.0:{port}/rss.xml")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    [InlineData("gopher://127.0.0.1:{port}/")]
    public async Task ReadAsync_RedirectToForbiddenTarget_RefusedBeforeSending(string target)
    {
        var port = new Uri(_server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = _server.Url("redirect?to=" + Uri.EscapeDataString(target.Replace("{port}", port)));
        await using var services = FeedsHost.Build();

        var result = await services.Reader().ReadAsync(new FeedSourceState(url));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.StartsWith("refused ", result.Error);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("to-metadata.xml", "cloud metadata")]
    [InlineData("to-private.xml", "private")]
    public async Task ReadAsync_BuiltInRedirectToForbiddenAddress_RefusedWithReason(string path, string reason)
    {
        await using var services = FeedsHost.Build();

        var result = await services.Reader().ReadAsync(new FeedSourceState(_server.Url(path)));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains(reason, result.Error);
        Assert.Null(result.State.PermanentUrl);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ReadAsync_NamedHostAllowed_ReachesItsLoopbackAddress()
    {
        await using var services = FeedsHost.Build(settings: new Dictionary<string, string?> { ["Feeds:AllowedHosts:0"] = "localhost" });
        var url = _server.Url("rss.xml").Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var result = await services.Reader().ReadAsync(new FeedSourceState(url));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
    }

    [Fact]
    public async Task ReadAsync_PermanentRedirectToForbiddenTarget_NotRemembered()
    {
        var url = _server.Url("redirect-301?to=" + Uri.EscapeDataString("http://169.254.169.254/"));
        await using var services = FeedsHost.Build();

        var result = await services.Reader().ReadAsync(new FeedSourceState(url));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Null(result.State.PermanentUrl);
    }

    [Fact]
    public async Task ReadAsync_LoopbackNotAllowed_RefusedWithoutAnyRequest()
    {
        await using var services = FeedsHost.Build(settings: new Dictionary<string, string?> { ["Feeds:AllowedHosts:0"] = "feeds.example.test" });

        var result = await services.Reader().ReadAsync(new FeedSourceState(_server.Url("rss.xml")));

        Assert.Equal(FeedReadStatus.Failed, result.Status);
        Assert.Contains("loopback", result.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReadAsync_AllowPrivateNetworks_ReachesLoopback()
    {
        await using var services = FeedsHost.Build(settings: new Dictionary<string, string?>
        {
            ["Feeds:AllowedHosts:0"] = null,
            ["Feeds:AllowPrivateNetworks"] = "true",
        });

        var result = await services.Reader().ReadAsync(new FeedSourceState(_server.Url("rss.xml")));

        Assert.Equal(FeedReadStatus.Updated, result.Status);
    }

    [Fact]
    public async Task ReadAsync_ArticlePageRedirectToMetadata_FallsBackWithoutRequest()
    {
        await using var services = FeedsHost.Build();
        var reader = services.GetRequiredService<IArticlePageReader>();
        var item = new FeedItem("x", "t", _server.Url("redirect?to=" + Uri.EscapeDataString("http://169.254.169.254/")), null, null, "s", "Feed text.");

        var page = await reader.ReadAsync(item);

        Assert.False(page.FromPage);
        Assert.Equal("Feed text.", page.Text);
        Assert.StartsWith("refused ", page.FallbackReason);
        Assert.Contains("cloud metadata", page.FallbackReason);
        Assert.Single(_server.Requests);
    }
}

using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Service.Tests.Feeds;

public sealed class ArticlePageReaderTests : IAsyncLifetime
{
    private FakeFeedServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeFeedServer.StartAsync();
        _services = FeedsHost.Build(settings: new Dictionary<string, string?> { ["Feeds:MaxPageBytes"] = "65536" });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<ArticlePage> ReadAsync(string? link) =>
        _services.GetRequiredService<IArticlePageReader>().ReadAsync(new FeedItem("id", "Title", link, null, null, "Short summary.", "Short summary."));

    [Fact]
    public async Task ReadAsync_ArticlePage_ReturnsHtmlAndMainText()
    {
        var page = await ReadAsync(_server.Url("article/lausanne"));

        Assert.True(page.FromPage);
        Assert.Contains("<article>", page.Html);
        Assert.StartsWith("This is the full text of article lausanne", page.Text);
        Assert.DoesNotContain("Home | World", page.Text);
        Assert.DoesNotContain("Copyright", page.Text);
    }

    [Theory]
    [InlineData("gone.xml", "HTTP 410")]
    [InlineData("missing", "HTTP 404")]
    [InlineData("rss.xml", "not HTML")]
    [InlineData("huge.xml", "cap")]
    [InlineData("gzip-bomb.xml", "after decompression")]
    public async Task ReadAsync_PageUnusable_FallsBackToItemContent(string path, string reason)
    {
        var page = await ReadAsync(_server.Url(path));

        Assert.False(page.FromPage);
        Assert.Null(page.Html);
        Assert.Equal("Short summary.", page.Text);
        Assert.Contains(reason, page.FallbackReason);
    }

    [Fact]
    public async Task ReadAsync_SignInWallServedWith200_FallsBackToItemContent()
    {
        _server.Serve("walled.html", new FakeFeedReply(
            Body: "<html><body><article><p>Sign in using your account with one of these services.</p><p>Already have an account?</p><p>Please sign in to read this story.</p><p>Check your inbox to activate your account.</p></article></body></html>",
            ContentType: "text/html"));

        var page = await ReadAsync(_server.Url("walled.html"));

        Assert.False(page.FromPage);
        Assert.Equal("Short summary.", page.Text);
        Assert.Contains("not an article", page.FallbackReason);
    }

    [Fact]
    public async Task ReadAsync_NoLink_FallsBackWithoutRequest()
    {
        var page = await ReadAsync(null);

        Assert.False(page.FromPage);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReadAsync_DeeplyNestedPage_FallsBackWithoutParsing()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 5000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 5000));
        _server.Serve("nested.html", new FakeFeedReply(Body: "<html><body>" + nested + "</body></html>", ContentType: "text/html"));

        var page = await ReadAsync(_server.Url("nested.html"));

        Assert.False(page.FromPage);
        Assert.Contains("too deeply", page.FallbackReason);
    }

    [Theory]
    [InlineData("text/html; charset=iso-8859-1", "")]
    [InlineData("text/html", "<meta charset=\"iso-8859-1\">")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    public async Task ReadAsync_Latin1Page_DecodedByDeclaredCharset(string contentType, string meta)
    {
        var html = $"<html><head>{meta}</head><body><article><p>Z\u00fcrich: the caf\u00e9 re-opened on Monday after two years of works.</p></article></body></html>";
        _server.Serve("latin1.html", new FakeFeedReply(ContentType: contentType) { RawBody = System.Text.Encoding.Latin1.GetBytes(html) });

        var page = await ReadAsync(_server.Url("latin1.html"));

        Assert.True(page.FromPage);
        Assert.StartsWith("Z\u00fcrich: the caf\u00e9", page.Text);
    }
}

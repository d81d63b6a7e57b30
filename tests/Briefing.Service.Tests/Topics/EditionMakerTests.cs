using Briefing.Service.Storage;
using Briefing.Service.Tests.Feeds;
using Briefing.Service.Tests.Storage;
using Briefing.Service.Topics;
using Briefing.TestKit.FakeFeeds;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Service.Tests.Topics;

/// <summary>
/// Editions made end to end against the loopback feed server: gathered from feeds and pages, stored as a briefing,
/// marked ready once, with a report of every source; the second run is a conditional GET answered 304.
/// </summary>
public sealed class EditionMakerTests(SqliteFolder folder) : IClassFixture<SqliteFolder>, IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 6, 30, 0, TimeSpan.Zero);

    private readonly TestClock _clock = new() { Now = Morning };
    private FakeFeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FakeFeedServer.StartAsync();
        _feeds.Clock = _clock;
    }

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    [Fact]
    public async Task RunScheduledAsync_FeedsAndAGoneSource_ReadyWithEveryItemFromItsPageAndTheFailureReported()
    {
        await using var services = await StartAsync("world", _feeds.Url("conditional.xml"), _feeds.Url("atom.xml"), _feeds.Url("gone.xml"), "page:" + _feeds.Url("article/fixed-page"));
        var maker = services.GetRequiredService<EditionMaker>();

        var run = await maker.RunScheduledAsync("world", Morning.AddMinutes(-30), default);

        Assert.Equal(EditionOutcome.Ready, run.Outcome);
        Assert.Equal(new DateOnly(2026, 11, 20), run.Date);
        var editions = services.GetRequiredService<EditionStore>();
        var edition = await editions.GetAsync("world", run.Date!.Value, default);
        Assert.Equal("ready", edition!.Status);
        var briefing = await services.GetRequiredService<BriefingStore>().GetAsync(edition.BriefingId!.Value, default);
        Assert.Equal(BriefingStatus.Done, briefing!.Status);
        Assert.Equal(7, (await services.GetRequiredService<BriefingStore>().GetArticlesAsync(briefing.Id, default)).Count);

        var report = await editions.GetReportAsync("world", run.Date.Value, default);
        Assert.Equal(["Updated", "Updated", "Gone", "Read"], report.Sources.Select(s => s.Status));
        Assert.Equal([3, 3, 0, 1], report.Sources.Select(s => s.Used));
        Assert.Contains("410", report.Sources[2].Error, StringComparison.Ordinal);
        Assert.Contains(report.Failures, f => f.StartsWith(_feeds.Url("gone.xml"), StringComparison.Ordinal));
        Assert.All(report.Items, item => Assert.True(item.FromPage, item.Link));
        Assert.Equal(7, _feeds.Requests.Count(r => r.Path.StartsWith("/article/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunScheduledAsync_NextDay_ConditionalGetAnswered304AndNoItemTakenTwice()
    {
        await using var services = await StartAsync("daily", _feeds.Url("conditional.xml"), "page:" + _feeds.Url("article/standing"));
        var maker = services.GetRequiredService<EditionMaker>();
        Assert.Equal(EditionOutcome.Ready, (await maker.RunScheduledAsync("daily", Morning.AddMinutes(-30), default)).Outcome);

        _clock.Now = Morning.AddDays(1);
        var second = await maker.RunScheduledAsync("daily", Morning.AddDays(1).AddMinutes(-30), default);

        var conditional = _feeds.Requests.Where(r => r.Path == "/conditional.xml").ToList();
        Assert.Equal(2, conditional.Count);
        Assert.Equal(FakeFeedServer.ETag, conditional[1].Headers["If-None-Match"]);
        Assert.Equal(FakeFeedServer.LastModified, conditional[1].Headers["If-Modified-Since"]);
        var report = await services.GetRequiredService<EditionStore>().GetReportAsync("daily", second.Date!.Value, default);
        Assert.Equal("NotModified", report.Sources[0].Status);
        Assert.Equal(0, report.Sources[0].Used);
        Assert.Equal(EditionOutcome.Ready, second.Outcome);
        Assert.Single(report.Items);
    }

    [Fact]
    public async Task RunScheduledAsync_SameEditionFiredTwice_OneEditionOneBriefing()
    {
        await using var services = await StartAsync("twice", _feeds.Url("rss.xml"));
        var maker = services.GetRequiredService<EditionMaker>();

        var first = await maker.RunScheduledAsync("twice", Morning.AddMinutes(-30), default);
        var second = await maker.RunScheduledAsync("twice", Morning.AddMinutes(-30), default);

        Assert.Equal(EditionOutcome.Ready, first.Outcome);
        Assert.Equal(EditionOutcome.AlreadyClaimed, second.Outcome);
        Assert.Single(await services.GetRequiredService<EditionStore>().ListAsync("twice", default));
        Assert.Equal(1, (await services.GetRequiredService<BriefingStore>().ListAsync(null, 1, 100, default)).Items.Count(b => b.Title.StartsWith("twice", StringComparison.Ordinal)));
        Assert.Equal(1, _feeds.CountRequests("rss.xml"));
    }

    [Fact]
    public async Task ClaimAsync_FailedEditionRunAgainByHandWithForce_Ready()
    {
        await using var services = await StartAsync("broken", _feeds.Url("page.html"));
        var maker = services.GetRequiredService<EditionMaker>();
        var failed = await maker.RunScheduledAsync("broken", Morning.AddMinutes(-30), default);
        Assert.Equal(EditionOutcome.Failed, failed.Outcome);
        Assert.Contains("no new articles", failed.Reason, StringComparison.Ordinal);
        var report = await services.GetRequiredService<EditionStore>().GetReportAsync("broken", failed.Date!.Value, default);
        Assert.Equal("NotAFeed", report.Sources[0].Status);

        var refused = await maker.ClaimAsync("broken", failed.Date, force: false, default);
        Assert.Equal(EditionOutcome.AlreadyClaimed, refused.Outcome);
        Assert.Contains("force", refused.Reason, StringComparison.Ordinal);

        _feeds.Serve("page.html", new FakeFeedReply(Body: _feeds.Rss(2, "fixed")));
        _clock.Now = Morning.AddHours(1); // past the source's backoff
        var claimed = await maker.ClaimAsync("broken", failed.Date, force: true, default);
        var retried = await maker.ContinueAsync("broken", claimed.Date!.Value, default);

        Assert.Equal(EditionOutcome.Claimed, claimed.Outcome);
        Assert.True(retried.Outcome == EditionOutcome.Ready, retried.Reason);
        Assert.Equal("ready", (await services.GetRequiredService<EditionStore>().GetAsync("broken", failed.Date.Value, default))!.Status);
    }

    [Fact]
    public async Task RunScheduledAsync_RefusedPageAndAFeedWhoseItemsCannotBeUsed_EachSourceRowSaysWhyInTheReportsWords()
    {
        // localhost is not among Feeds:AllowedHosts (127.0.0.1 is): the page is refused as a loopback address. The
        // billion-laughs feed parses (its entities are never expanded) to one item without text whose guid, read as
        // its link, is not a page.
        await using var services = await StartAsync("why", _feeds.Url("rss.xml"), "page:http://localhost:9/story", _feeds.Url("hostile/laughs.xml"));
        var run = await services.GetRequiredService<EditionMaker>().RunScheduledAsync("why", Morning.AddMinutes(-30), default);

        var report = await services.GetRequiredService<EditionStore>().GetReportAsync("why", run.Date!.Value, default);
        var page = report.Sources.Single(s => s.Kind == "page");
        var laughs = report.Sources.Single(s => s.Source.EndsWith("laughs.xml", StringComparison.Ordinal));
        Assert.Equal("Failed", page.Status);
        Assert.Contains("loopback", page.Error, StringComparison.Ordinal);
        Assert.Contains(report.Failures, f => f.EndsWith(page.Error!, StringComparison.Ordinal));
        Assert.Equal((1, 0), (laughs.NewItems, laughs.Used));
        Assert.StartsWith("its DTD declares entities, which are never expanded (an XML safety limit): text using them shows the entity's name; 1 of 1 new item not used: ", laughs.Error, StringComparison.Ordinal);
        Assert.Contains(": no text (HTTP 404 from ", laughs.Error, StringComparison.Ordinal);
        Assert.Contains(report.Failures, f => laughs.Error!.EndsWith(f, StringComparison.Ordinal));
        Assert.Null(report.Sources.Single(s => s.Source.EndsWith("rss.xml", StringComparison.Ordinal)).Error);
    }

    [Fact]
    public async Task RunScheduledAsync_FeedItemsOlderThanTheLookback_RowCountsThemAndNamesTheSetting()
    {
        await using var services = await StartAsync("stale", _feeds.Url("rss.xml"), _feeds.Url("atom.xml"));
        _clock.Now = Morning.AddDays(3); // the feed server still dates its items from Morning
        _feeds.Clock = new TestClock { Now = Morning };

        var run = await services.GetRequiredService<EditionMaker>().RunScheduledAsync("stale", Morning.AddDays(3).AddMinutes(-30), default);

        Assert.Equal(EditionOutcome.Failed, run.Outcome);
        var report = await services.GetRequiredService<EditionStore>().GetReportAsync("stale", run.Date!.Value, default);
        Assert.All(report.Sources, s => Assert.Equal("3 of 3 new items not used: 3 items older than the lookback of 24 hours (LookbackHours)", s.Error));
    }

    [Fact]
    public async Task RunScheduledAsync_PagesWithAndWithoutPublisher_OutletIsThePublisherThenTheLinksHostNeverTheFeedTitle()
    {
        _feeds.Serve("article/named", new FakeFeedReply(Body: """
            <html><head><title>Named</title><meta property="og:site_name" content="The Daily Named"></head><body><article>
            <p>The first paragraph of a page that names its own publisher in its metadata, as news sites do.</p>
            <p>A second paragraph with enough words to be the article rather than the feed's summary of it.</p></article></body></html>
            """, ContentType: "text/html"));
        _feeds.Serve("article/ld", new FakeFeedReply(Body: """
            <html><head><title>Linked data</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Structured Times"}}]}</script></head><body><article>
            <p>The first paragraph of a page that names its publisher only in its structured data block.</p>
            <p>A second paragraph with enough words to be the article rather than the feed's summary of it.</p></article></body></html>
            """, ContentType: "text/html"));
        _feeds.Serve("mixed.xml", new FakeFeedReply(Body: $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Aggregator feed</title>
            <item><title>Named</title><link>{_feeds.Url("article/named")}</link><guid>n</guid><pubDate>{_feeds.Newest:r}</pubDate></item>
            <item><title>Linked data</title><link>{_feeds.Url("article/ld")}</link><guid>l</guid><pubDate>{_feeds.Newest:r}</pubDate></item>
            <item><title>Plain</title><link>{_feeds.Url("article/plain")}</link><guid>p</guid><pubDate>{_feeds.Newest:r}</pubDate></item>
            </channel></rss>
            """));
        await using var services = await StartAsync("outlets", _feeds.Url("mixed.xml"));

        var run = await services.GetRequiredService<EditionMaker>().RunScheduledAsync("outlets", Morning.AddMinutes(-30), default);

        var edition = await services.GetRequiredService<EditionStore>().GetAsync("outlets", run.Date!.Value, default);
        var articles = await services.GetRequiredService<BriefingStore>().GetArticlesAsync(edition!.BriefingId!.Value, default);
        var outlets = articles.ToDictionary(a => a.Title!, a => a.Outlet, StringComparer.Ordinal);
        Assert.Equal("The Daily Named", outlets["Named"]);
        Assert.Equal("Structured Times", outlets["Linked data"]);
        Assert.Equal("127.0.0.1", outlets["Plain"]); // no publisher on the page: its link's host, not "Aggregator feed"
    }

    [Fact]
    public async Task ListUnfinishedAsync_AnEditionsQueuedBriefing_LeftToTheEditionJob()
    {
        await using var services = await StartAsync("left", _feeds.Url("rss.xml"));
        var editions = services.GetRequiredService<EditionStore>();
        var briefings = services.GetRequiredService<BriefingStore>();
        var date = new DateOnly(2026, 11, 20);
        await editions.ClaimAsync("left", date, Morning, default);
        var gathered = await services.GetRequiredService<EditionGatherer>().GatherAsync((await services.GetRequiredService<ITopicCatalog>().FindAsync("left", default))!, default);
        var edition = new StoredBriefing(Guid.NewGuid(), "left", BriefingStatus.Queued, null, null, null, null, 0, Morning, Morning, null, null, null, null);
        var plain = edition with { Id = Guid.NewGuid(), Title = "plain" };

        await editions.StoreGatheredAsync("left", date, edition, gathered, default);
        await briefings.CreateAsync(plain, gathered.Articles, default);

        var unfinished = (await briefings.ListUnfinishedAsync(default)).Select(b => b.Id).ToList();
        Assert.Contains(plain.Id, unfinished);
        Assert.DoesNotContain(edition.Id, unfinished);
        Assert.Equal(edition.Id, (await editions.GetAsync("left", date, default))!.BriefingId);
        Assert.Equal("generating", (await editions.GetAsync("left", date, default))!.Status);
    }

    private Task<ServiceProvider> StartAsync(string topic, params string[] sources) =>
        EditionsHost.StartAsync(folder.ConnectionString(topic), _clock, EditionsHost.Topic(topic, "0 0 6 * * ?", "UTC", 24, sources));
}

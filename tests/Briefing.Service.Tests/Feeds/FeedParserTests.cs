using System.Text;
using Briefing.Service.Feeds;

namespace Briefing.Service.Tests.Feeds;

public sealed class FeedParserTests
{
    private const int Cap = 1_000_000;

    private static ParsedFeed Parse(string sample, string baseUrl = "https://example.test/feed") =>
        FeedParser.Parse(Samples.Read(sample), new Uri(baseUrl), Cap);

    private static ParsedFeed ParseText(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://example.test/feed"), Cap);

    [Fact]
    public void Parse_WordPressRss_ReadsItemsWithContentEncodedAsText()
    {
        var feed = Parse("wordpress-rss2.xml");

        Assert.Equal(FeedFormat.Rss2, feed.Format);
        Assert.Equal("The Lakeside Courier", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://courier.example.org/?p=48211", first.Id);
        Assert.Equal("Council approves \u2018green corridor\u2019 plan for the harbour", first.Title);
        Assert.Equal("https://courier.example.org/2026/11/21/council-green-corridor/", first.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 17, 45, 3, TimeSpan.Zero), first.Published);
        Assert.Equal("Maria Okafor", first.Author);
        Assert.StartsWith("The council voted 7\u20132 on Friday", first.Content);
        Assert.Contains("start in March 2027 and will cost \u20ac4.2 million", first.Content);
        Assert.DoesNotContain("trackView", first.Content);
        Assert.DoesNotContain("<", first.Summary);
        Assert.Equal("Winter sailings start on Monday, with the last boat leaving at 19:30.", feed.Items[1].Content);
    }

    [Fact]
    public void Parse_UndeclaredPrefixes_ReadsItemsAndResolvesRelativeLinks()
    {
        var feed = Parse("news-rss2-undeclared-prefixes.xml", "https://planet.example.com/feeds/world.rss");

        Assert.Equal(FeedFormat.Rss2, feed.Format);
        Assert.Equal("World News - Daily Planet", feed.Title);
        Assert.Equal("https://planet.example.com/world/lausanne-talks-12345", feed.Items[0].Id);
        Assert.Equal("https://planet.example.com/world/lausanne-talks-12345?at_medium=RSS&at_campaign=rss", feed.Items[0].Link);
        Assert.Equal("Planet staff", feed.Items[0].Author);
        Assert.Equal("https://planet.example.com/world/aleppo-convoy-12346", feed.Items[1].Link);
        Assert.Equal(feed.Items[1].Link, feed.Items[1].Id);
        Assert.Equal(new DateTimeOffset(2016, 10, 15, 16, 5, 0, TimeSpan.FromHours(-4)), feed.Items[1].Published);
    }

    [Fact]
    public void Parse_Atom_ReadsAlternateLinkXhtmlContentAndAuthor()
    {
        var feed = Parse("blog-atom.xml", "https://eng.example.net/feed.atom");

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Engineering at Example", feed.Title);
        var first = feed.Items[0];
        Assert.Equal("tag:eng.example.net,2026-11-19:/posts/latency", first.Id);
        Assert.Equal("How we cut p99 latency <50ms", first.Title);
        Assert.Equal("https://eng.example.net/posts/latency", first.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 9, 30, 0, TimeSpan.FromHours(-5)), first.Published);
        Assert.Equal("Ana Lima", first.Author);
        Assert.Equal("A story about queues.", first.Summary);
        Assert.Equal("First we measured. Then we removed a queue.", first.Content);
        Assert.Equal("Faster builds Fewer bugs", feed.Items[1].Content);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 8, 0, 0, 123, TimeSpan.FromHours(1)), feed.Items[1].Published);
    }

    [Fact]
    public void Parse_RdfInLatin1_ReadsItemsBesideChannel()
    {
        var feed = Parse("slashdot-rdf.xml");

        Assert.Equal(FeedFormat.Rss1Rdf, feed.Format);
        Assert.Equal("Tech Digest", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("https://tech.example.org/story/26/11/21/1/quantum-chip", feed.Items[0].Id);
        Assert.Equal("New Quantum Chip Announced", feed.Items[0].Title);
        Assert.StartsWith("A lab in Z\u00fcrich says", feed.Items[0].Content);
        Assert.EndsWith("Read more", feed.Items[0].Content);
        Assert.Equal("msmash", feed.Items[0].Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 40, 0, TimeSpan.Zero), feed.Items[0].Published);
    }

    [Fact]
    public void Parse_ControlCharactersAndBadEntities_RepairsAndReadsEverything()
    {
        var feed = Parse("damaged-rss2.xml");

        Assert.Equal(FeedFormat.Rss2, feed.Format);
        Assert.Equal("Damaged Feed", feed.Title);
        var first = feed.Items[0];
        Assert.Equal("AT&T and \"friends\" merge\u2026", first.Title);
        Assert.Equal("https://damaged.example.com/a?x=1&y=2", first.Link);
        Assert.Equal("Profits & losses \u00a9 2026 &bogus; text", first.Content);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.FromHours(1)), first.Published);
    }

    [Fact]
    public void Parse_ItemWithoutGuidOrLink_GetsStableContentHash()
    {
        var first = Parse("damaged-rss2.xml").Items[1];
        var again = Parse("damaged-rss2.xml").Items[1];

        Assert.StartsWith("sha256:", first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Null(first.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 15, 0, TimeSpan.Zero), first.Published);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Home</title></head><body>Welcome</body></html>")]
    [InlineData("\n\n  <html lang=\"en\"><body><p>Moved to our new site</p>")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    [InlineData("<!-- served by cdn --><head><title>Error</title></head><body>Not found<br></body>")]
    public void Parse_HtmlPage_ReportedAsHtml(string html)
    {
        var feed = ParseText(html);

        Assert.False(feed.IsFeed);
        Assert.True(feed.IsHtml);
        Assert.Contains("HTML", feed.Error);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>cut off")]
    [InlineData("")]
    [InlineData("{\"items\": []}")]
    [InlineData("<?xml version=\"1.0\"?><urlset><url/></urlset>")]
    public void Parse_NotAFeed_ReportsError(string text)
    {
        var feed = ParseText(text);

        Assert.False(feed.IsFeed);
        Assert.False(feed.IsHtml);
        Assert.NotNull(feed.Error);
    }

    [Fact]
    public void Parse_XxeEntities_NotExpanded()
    {
        var feed = ParseText(Briefing.TestKit.FakeFeeds.HostileFeeds.Xxe("http://127.0.0.1:9/"));

        Assert.Equal(FeedFormat.Rss2, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("File: &file;", item.Title);
        Assert.DoesNotContain("root:", item.Content);
    }

    [Fact]
    public void Parse_BillionLaughs_NotExpanded()
    {
        var feed = ParseText(Briefing.TestKit.FakeFeeds.HostileFeeds.BillionLaughs());

        Assert.Equal("&lol9;", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_DtdWithEntitiesOrWithout_NoticeOnlyWhenEntitiesAreDeclared()
    {
        var laughs = ParseText(Briefing.TestKit.FakeFeeds.HostileFeeds.BillionLaughs());
        var dtdOnly = ParseText(Briefing.TestKit.FakeFeeds.HostileFeeds.Dtd("https://example.test/"));
        var plain = ParseText(Briefing.TestKit.FakeFeeds.FakeFeedDocuments.Rss("https://example.test/", 2, DateTimeOffset.UnixEpoch));

        Assert.Contains("never expanded", laughs.Notice, StringComparison.Ordinal);
        Assert.Null(dtdOnly.Notice);
        Assert.Null(plain.Notice);
    }

    [Fact]
    public void Parse_DocumentOverCharacterCap_StopsReadingAtTheCap()
    {
        var xml = Briefing.TestKit.FakeFeeds.FakeFeedDocuments.Rss("https://example.test/", 200, DateTimeOffset.UnixEpoch);

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, maxCharacters: 10_000);

        Assert.InRange(feed.Items.Count, 1, 40);
        Assert.Contains("MaxCharactersInDocument", feed.Error);
    }

    [Fact]
    public void Parse_JavascriptLink_Dropped()
    {
        var feed = ParseText("<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>");

        Assert.Null(Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Parse_DeeplyNestedHtmlContent_ReadQuicklyWithoutParsingTheNesting()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var xml = $"<rss><channel><item><guid>d</guid><description><![CDATA[{nested}]]></description></item></channel></rss>";

        var watch = System.Diagnostics.Stopwatch.StartNew();

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, maxCharacters: 10_000_000);

        Assert.Equal("deep", Assert.Single(feed.Items).Content);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
    }

    [Fact]
    public void Parse_NestingJustUnderTheLimit_ParsedAsHtml()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", FeedText.MaxDepth)) + "<p>a</p><p>b</p>" + string.Concat(Enumerable.Repeat("</div>", FeedText.MaxDepth));

        Assert.Equal("a b", FeedText.Plain(nested));
    }

    [Theory]
    [InlineData("<guid>https://example.test/a</guid>", "https://example.test/a")]
    [InlineData("<guid isPermaLink=\"true\">https://example.test/a</guid>", "https://example.test/a")]
    [InlineData("<guid isPermaLink=\"false\">https://example.test/a</guid>", null)]
    [InlineData("<guid>tag:example.test,2026:a</guid>", null)]
    public void Parse_GuidWithoutLink_IsTheLinkWhenPermalink(string guid, string? link)
    {
        var feed = ParseText($"<rss><channel><item><title>x</title>{guid}</item></channel></rss>");

        Assert.Equal(link, Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Parse_CutOffInsideItem_KeepsItemsBeforeTheDamage()
    {
        var xml = Briefing.TestKit.FakeFeeds.FakeFeedDocuments.Atom("https://example.test/", 3, DateTimeOffset.UnixEpoch)[..^30];

        var feed = ParseText(xml);

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Fake Atom", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.StartsWith("damaged after 2 items", feed.Error);
    }

    [Fact]
    public void Parse_ControlCharacterReferences_Removed()
    {
        var feed = ParseText("<rss><channel><item><guid>c</guid><title>a&#1;b&#x1F;c</title><description>x&#x7;y</description></item></channel></rss>");

        var item = Assert.Single(feed.Items);
        Assert.Equal("abc", item.Title);
        Assert.Equal("xy", item.Content);
    }
}

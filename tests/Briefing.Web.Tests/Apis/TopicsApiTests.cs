using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.TestKit.FakeFeeds;
using Briefing.Web.Tests.Nodes;

namespace Briefing.Web.Tests.Apis;

/// <summary>The web host with a settings topic, an API key and a loopback feed server it may read.</summary>
public sealed class TopicsWebApp : WebApp, IAsyncLifetime
{
    public FakeFeedServer Feeds { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Web:ApiKeys:0"] = "topic-key",
        ["Feeds:AllowedHosts:0"] = "127.0.0.1",
        ["Feeds:JitterMilliseconds"] = "0",
        ["Summarization:Engine"] = "Extractive",
        ["Topics:0:Name"] = "configured",
        ["Topics:0:Sources:0"] = Feeds.Url("rss.xml"),
        ["Topics:0:Cron"] = "0 0 5 * * ?",
        ["Topics:0:TimeZone"] = "Europe/Paris",
    };

    public async Task InitializeAsync() => Feeds = await FakeFeedServer.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Feeds.DisposeAsync();
        Dispose();
    }
}

/// <summary>
/// /api/topics: settings topics read-only, API topics created, replaced and deleted with a key, folder sources refused
/// through the API, an edition run now (409 the second time, made again with force) and shown as JSON and as an
/// escaped page with its sources, items and failures.
/// </summary>
public sealed class TopicsApiTests(TopicsWebApp app) : IClassFixture<TopicsWebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Topics_CreateReplaceDelete_WithKeyOnlyAndSettingsTopicsReadOnly()
    {
        var body = Topic("made-here", app.Feeds.Url("atom.xml"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PostAsJsonAsync("/api/topics", body)).StatusCode);
        var created = await Send(HttpMethod.Post, "/api/topics", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(HttpMethod.Post, "/api/topics", body)).StatusCode);

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/topics");
        var origins = list.GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("origin").GetString());
        Assert.Equal("settings", origins["configured"]);
        Assert.Equal("api", origins["made-here"]);
        Assert.True(list.GetProperty("items").EnumerateArray().All(t => t.GetProperty("nextRun").ValueKind == JsonValueKind.String));

        var replaced = await Send(HttpMethod.Put, "/api/topics/made-here", Topic("made-here", app.Feeds.Url("rdf.xml")) with { Cron = "0 15 6 * * ?" });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var read = await _client.GetFromJsonAsync<JsonElement>("/api/topics/made-here");
        Assert.Equal("0 15 6 * * ?", read.GetProperty("topic").GetProperty("cron").GetString());

        var readOnly = await Send(HttpMethod.Put, "/api/topics/configured", Topic("configured", app.Feeds.Url("rdf.xml")));
        Assert.Equal(HttpStatusCode.Conflict, readOnly.StatusCode);
        Assert.Contains("settings", await readOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(HttpMethod.Delete, "/api/topics/configured", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/api/topics/made-here", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/topics/made-here")).StatusCode);
    }

    [Theory]
    [InlineData("/etc", "folders and files are for settings topics only")]
    [InlineData("ftp://example.org/feed.xml", "only http and https")]
    [InlineData("page:file:///etc/passwd", "not an absolute http or https URL")]
    public async Task Create_SourceNotOnTheWeb_400NamingIt(string source, string reason)
    {
        var refused = await Send(HttpMethod.Post, "/api/topics", Topic("bad-source", source));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EditionMadeOnceThenForced_JsonAndEscapedPageShowSourcesItemsAndFailures()
    {
        app.Feeds.Serve("hostile.xml", new FakeFeedReply(Body: app.Feeds.Rss(2, "&amp;lt;img src=x onerror=alert(1)&amp;gt; Tom &amp;amp; &quot;Jerry&quot;")));
        Assert.Equal(HttpStatusCode.Created, (await Send(HttpMethod.Post, "/api/topics", Topic("run-now", app.Feeds.Url("hostile.xml"), app.Feeds.Url("gone.xml")))).StatusCode);

        var accepted = await Send(HttpMethod.Post, "/api/topics/run-now/run?date=2026-11-21", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var edition = await EditionNode.WaitAsync(_client, accepted.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));
        Assert.Equal("ready", edition.GetProperty("status").GetString());
        var story = edition.GetProperty("stories").EnumerateArray().First();
        Assert.False(string.IsNullOrWhiteSpace(story.GetProperty("title").GetString()));
        Assert.True(story.GetProperty("sources").GetInt32() >= 1 && story.GetProperty("points").GetInt32() >= 1, story.ToString());
        var sources = edition.GetProperty("report").GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Updated", "Gone"], sources.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(2, edition.GetProperty("report").GetProperty("items").GetArrayLength());

        var again = await Send(HttpMethod.Post, "/api/topics/run-now/run?date=2026-11-21", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("made already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await _client.GetAsync("/topics/run-now/editions/2026-11-21");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<img src", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Tom &amp; &quot;Jerry&quot; story 0", html, StringComparison.Ordinal);
        Assert.Contains("id=\"delivery\"", html, StringComparison.Ordinal);
        Assert.Contains(app.Feeds.Url("gone.xml"), html, StringComparison.Ordinal);
        var topics = await _client.GetStringAsync("/topics");
        Assert.Contains("deactivated", topics, StringComparison.Ordinal);
        var gone = Uri.EscapeDataString(app.Feeds.Url("gone.xml"));
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Post, $"/api/topics/run-now/feeds/reactivate?url={gone}", null)).StatusCode);
        var feeds = (await _client.GetFromJsonAsync<JsonElement>("/api/topics/run-now")).GetProperty("feeds").EnumerateArray().ToList();
        Assert.All(feeds, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("deactivatedReason").ValueKind));

        var forced = await Send(HttpMethod.Post, "/api/topics/run-now/run?date=2026-11-21&force=true", null);
        Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        var remade = await EditionNode.WaitAsync(_client, forced.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));
        Assert.Equal("ready", remade.GetProperty("status").GetString());
        Assert.NotEqual(edition.GetProperty("briefingId").GetGuid(), remade.GetProperty("briefingId").GetGuid());
    }

    [Fact]
    public async Task Manage_NoKeysConfigured_403()
    {
        await using var open = new WebApp();
        var client = open.CreateClient();

        var created = await client.PostAsJsonAsync("/api/topics", Topic("no-keys", "https://example.org/rss.xml"));

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Contains("Web:ApiKeys", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static TopicBody Topic(string name, params string[] sources) => new(name, sources, "0 0 7 * * ?", "Europe/Paris", 24);

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", "topic-key");
        return await _client.SendAsync(request);
    }

    private sealed record TopicBody(string Name, string[] Sources, string Cron, string TimeZone, int LookbackHours);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Web.Tests.Apis;

public sealed class KeyedWebApp : WebApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Web:ApiKeys:0"] = "key-one",
        ["Web:ApiKeys:1"] = "key-two",
        ["Web:ApiKeys:2"] = "key-search",
        ["Web:GenerationsPerMinute"] = "3",
    };
}

/// <summary>API keys, the rate limit, deletion, bad ids, the archive, health and the OpenAPI document.</summary>
public sealed class ArchiveAndAccessTests(KeyedWebApp app) : IClassFixture<KeyedWebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Post_WithoutOrWithAWrongKey_401Then403()
    {
        var none = await _client.PostAsync("/api/briefings", WebApp.SeedForm());
        var wrong = await Send(HttpMethod.Post, "/api/briefings", "key-unknown", WebApp.SeedForm());

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("X-Api-Key", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task Delete_WithKey_GoneAfterwards_WithoutKey401()
    {
        var created = await Send(HttpMethod.Post, "/api/briefings", "key-two", WebApp.SeedForm("To delete"));
        var location = created.Headers.Location!.ToString();
        await WebApp.WaitAsync(_client, location);
        var markdownBefore = await _client.GetAsync(location + "/md");

        var anonymous = await _client.DeleteAsync(location);
        var deleted = await Send(HttpMethod.Delete, location, "key-one");
        var after = await _client.GetAsync(location);
        var markdownAfter = await _client.GetAsync(location + "/md");
        var again = await Send(HttpMethod.Delete, location, "key-one");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, markdownBefore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, markdownAfter.StatusCode); // the download cache forgets a deleted briefing at once
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Post_BeyondTheRateLimit_429WithRetryAfterNamingTheSetting()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await Send(HttpMethod.Post, "/api/briefings", "key-one", WebApp.SeedForm($"burst {i}"));
            statuses.Add(last.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var limited = statuses.IndexOf(HttpStatusCode.TooManyRequests);
        Assert.All(statuses.Skip(limited), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.True(last.Headers.RetryAfter is not null, "Retry-After missing");
        Assert.Contains("Web:GenerationsPerMinute", await last.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/briefings/not-a-guid")]
    [InlineData("/api/briefings/12345")]
    [InlineData("/api/briefings/00000000-0000-0000-0000-000000000042")]
    [InlineData("/api/briefings/00000000-0000-0000-0000-000000000042/pdf")]
    [InlineData("/briefings/not-a-guid")]
    public async Task Get_BadOrUnknownId_404(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_SearchAndPaging_NewestFirst()
    {
        foreach (var title in new[] { "Aleppo zebra one", "Aleppo zebra two", "Something else" })
        {
            var r = await Send(HttpMethod.Post, "/api/briefings", "key-search", WebApp.SeedForm(title));
            await WebApp.WaitAsync(_client, r.Headers.Location!.ToString());
        }

        var zebra = await _client.GetFromJsonAsync<JsonElement>("/api/briefings?q=ZEBRA aleppo&pageSize=1");
        var second = await _client.GetFromJsonAsync<JsonElement>("/api/briefings?q=zebra&pageSize=1&page=2");
        var none = await _client.GetFromJsonAsync<JsonElement>("/api/briefings?q=%25");
        var bad = await _client.GetAsync("/api/briefings?pageSize=500");

        Assert.Equal(2, zebra.GetProperty("total").GetInt32());
        Assert.Equal("Aleppo zebra two", zebra.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("Aleppo zebra one", second.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Health_LiveAndReady_ReportEachCheck()
    {
        var live = await _client.GetAsync("/health/live");
        var ready = await _client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal("Degraded", ready.GetProperty("checks").GetProperty("chromium").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheBriefingsEndpoints()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/briefings", paths);
        Assert.Contains("/api/briefings/{id}", paths);
        Assert.Contains("/api/briefings/{id}/{format}", paths);
    }

    [Fact]
    public async Task Pages_SecurityHeadersWithoutInlineScript()
    {
        var response = await _client.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline' 'unsafe-eval", csp);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", key);
        return _client.SendAsync(request);
    }
}

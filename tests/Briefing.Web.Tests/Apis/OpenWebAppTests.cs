using System.Net;

namespace Briefing.Web.Tests.Apis;

/// <summary>Zero set-up: no keys configured, so writes are open and deleting is refused (it always needs a key).</summary>
public sealed class OpenWebAppTests(WebApp app) : IClassFixture<WebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Delete_NoKeysConfigured_403SayingHowToEnableIt()
    {
        var response = await _client.DeleteAsync("/api/briefings/00000000-0000-0000-0000-000000000001");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Web:ApiKeys", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormPost_SeedFiles_RedirectsToTheBriefingPageWhichShowsProgressThenTheBriefing()
    {
        var response = await app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).PostAsync("/new", WebApp.SeedForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!.ToString();
        Assert.Matches("^/briefings/[0-9a-f-]{36}$", page);
        var first = await _client.GetStringAsync(page);
        Assert.True(first.Contains("http-equiv=\"refresh\"") || first.Contains("Claims verified"), first);
        await WebApp.WaitAsync(_client, "/api" + page);
        var done = await _client.GetStringAsync(page);
        Assert.Contains("Claims verified", done);
        Assert.Contains("id=\"download-pdf\"", done);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done);
    }

    [Fact]
    public async Task FormPost_NoArticles_FormAgainWithTheReason()
    {
        var response = await _client.PostAsync("/new", new MultipartFormDataContent { { new StringContent("t"), "title" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("give at least one article", html);
    }
}

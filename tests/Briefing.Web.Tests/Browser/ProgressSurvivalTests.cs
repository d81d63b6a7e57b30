using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// Progress is read back from the job's stored state, not held in a connection: with a slow model, a reload
/// mid-generation shows the stage the job is in, a browser that went away and comes back (a new context, a phone)
/// sees it too, and the briefing finishes with nobody watching.
/// </summary>
[Collection(RealBrowserCollection.Name)]
public sealed class ProgressSurvivalTests(SlowModelApp fixture, ITestOutputHelper output) : IClassFixture<SlowModelApp>
{
    [Fact]
    public async Task Progress_ReloadAndReconnectMidGeneration_ShowStoredStageUntilDone()
    {
        string address;
        string id;
        await using (var first = await fixture.VisitAsync(BrowserApp.Desktop))
        {
            var page = first.Page;
            await page.GotoAsync("/new");
            await page.SetInputFilesAsync("#files", Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal));
            await page.SelectOptionAsync("#engine", "llm");
            await page.ClickAsync("#create");
            await page.WaitForURLAsync(BriefingJourneyTests.BriefingAddress());
            address = page.Url;
            id = BriefingJourneyTests.BriefingAddress().Match(address).Groups[1].Value;

            var before = await WaitForStageAsync(page, "Summarizing");
            Assert.All(before, s => Assert.True(Array.IndexOf(Progress.Stages, s) < Array.IndexOf(Progress.Stages, "Summarizing"), $"{s} before summarizing"));

            await page.ReloadAsync();
            await first.SettledAsync(async () =>
            {
                Assert.Equal("Summarizing", Progress.StageIn(await page.ContentAsync()));
                Assert.Equal("Summarizing", (await page.InnerTextAsync("li[aria-current=step]")).Trim());
                Assert.Contains("Reading the articles", await page.Locator("li.stage-done").AllInnerTextsAsync());
                Assert.Equal(0, await page.Locator("script").CountAsync());
                await first.ScreenshotAsync(BrowserApp.Screenshots, "desktop-progress-reloaded");
            });
            Assert.Equal("summarize", (await StatusAsync(id)).GetProperty("stage").GetString());
            Assert.True(first.Problems.Count == 0, string.Join("\n", first.Problems));
        }

        await using (var second = await fixture.VisitAsync(BrowserApp.Phone))
        {
            await second.Page.GotoAsync(address);
            await second.SettledAsync(async () =>
            {
                var stage = Progress.StageIn(await second.Page.ContentAsync());
                Assert.True(Array.IndexOf(Progress.Stages, stage) >= Array.IndexOf(Progress.Stages, "Summarizing"), $"came back to stage {stage ?? "(none)"}");
                Assert.False(await second.ScrollsSidewaysAsync(), string.Join(", ", await second.TooWideAsync()));
                await second.ScreenshotAsync(BrowserApp.Screenshots, "phone-progress-reconnected");
            });
            Assert.True(second.Problems.Count == 0, string.Join("\n", second.Problems));
        }

        var done = await WaitDoneAsync(id);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("llm", done.GetProperty("briefing").GetProperty("engine").GetString());

        await using var third = await fixture.VisitAsync(BrowserApp.Phone);
        await third.Page.GotoAsync(address);
        Assert.Contains("Claims verified", await third.Page.InnerTextAsync("#verification"), StringComparison.Ordinal);
        Assert.False(await third.ScrollsSidewaysAsync(), string.Join(", ", await third.TooWideAsync()));
        Assert.True(third.Problems.Count == 0, string.Join("\n", third.Problems));
    }

    // Follows the self-refreshing page until it shows the stage; returns the stages shown before it.
    private async Task<List<string>> WaitForStageAsync(IPage page, string wanted)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var stage = Progress.StageIn(await page.ContentAsync());
                if (stage == wanted)
                {
                    output.WriteLine("stages before: " + string.Join(" > ", seen));
                    return seen;
                }

                if (stage is not null && (seen.Count == 0 || seen[^1] != stage)) seen.Add(stage);
            }
            catch (PlaywrightException)
            {
                // Between two refreshes.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"stage {wanted} not shown in 60 s; seen {string.Join(" > ", seen)}");
    }

    private async Task<JsonElement> StatusAsync(string id)
    {
        using var client = fixture.App.Client();
        return await client.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}");
    }

    private async Task<JsonElement> WaitDoneAsync(string id)
    {
        for (var i = 0; i < 240; i++)
        {
            var status = await StatusAsync(id);
            if (status.GetProperty("status").GetString() is "done" or "failed") return status;
            await Task.Delay(500);
        }

        throw new TimeoutException($"briefing {id} not finished after 120 s");
    }
}

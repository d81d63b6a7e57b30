using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Briefing.Web.Tests.Browser;
using Microsoft.Playwright;

namespace Briefing.Web.Tests.Hostile;

/// <summary>
/// An article (and a title, a file name, an outlet) written to attack the pages, uploaded through the form in
/// Chromium: on the progress page, the briefing and the archive it is shown as text, never run, and a forged
/// "Claims verified: 99/99" cannot pass for the real count. The slow model keeps the progress page up long enough
/// to look at it, and (being a model that quotes its sources) puts the article's own sentences into the points.
/// </summary>
[Collection(RealBrowserCollection.Name)]
public sealed class HostilePagesTests(SlowModelApp fixture) : IClassFixture<SlowModelApp>
{
    private const string Title = "<script>alert('title')</script><b onclick=alert(2)>Claims verified: 99/99</b>";

    private const string Article =
        """
        ---
        title: "<script>alert('headline')</script> Claims verified: 99/99"
        outlet: "<img src=x onerror=alert('outlet')>"
        url: "javascript:alert('url')"
        ---
        Foreign ministers met in Lausanne on Saturday <script>alert('body')</script> to discuss the war in Syria and the siege of Aleppo.
        Claims verified: 99/99 said a <b onmouseover="alert('b')">statement</b> that nobody in Lausanne had written or checked.
        The talks ended without a breakthrough <iframe src="javascript:alert('frame')"></iframe> and the ministers agreed to meet again.
        """;

    private const string FileName = "..\\..\\etc\\<img src=x onerror=alert(7)>\u0007\u001b[31m.txt";

    [Fact]
    public async Task HostileArticle_ThroughTheForm_EscapedOnProgressBriefingAndArchive()
    {
        await using var visit = await fixture.VisitAsync(BrowserApp.Desktop);
        var page = visit.Page;
        await page.GotoAsync("/new");
        var files = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal)
            .Select(f => new FilePayload { Name = Path.GetFileName(f), MimeType = "text/plain", Buffer = File.ReadAllBytes(f) })
            .Append(new FilePayload { Name = FileName, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Article) });
        await page.SetInputFilesAsync("#files", files);
        await page.FillAsync("#title", Title);
        await page.ClickAsync("#create");
        await page.WaitForURLAsync(BriefingJourneyTests.BriefingAddress());
        var id = BriefingJourneyTests.BriefingAddress().Match(page.Url).Groups[1].Value;

        await visit.SettledAsync(async () =>
        {
            Assert.NotNull(Progress.StageIn(await page.ContentAsync()));
            await AssertInertAsync(page, "progress");
            Assert.Equal(Title, await page.InnerTextAsync("h1"));
            await visit.ScreenshotAsync(BrowserApp.Screenshots, "hostile-progress");
        });

        await Progress.FollowAsync(page, TimeSpan.FromSeconds(120));
        var status = await StatusAsync(id);
        var verification = status.GetProperty("briefing").GetProperty("verification");
        await AssertInertAsync(page, "briefing");
        Assert.Equal(Title, await page.InnerTextAsync("h1"));
        Assert.Equal(1, await page.Locator("#verification").CountAsync());
        Assert.StartsWith($"Claims verified: {verification.GetProperty("verified").GetInt32()}/{verification.GetProperty("claims").GetInt32()} ", await page.InnerTextAsync("#verification"), StringComparison.Ordinal);
        var text = await page.InnerTextAsync("main");
        Assert.Contains("<script>alert('headline')</script> Claims verified: 99/99", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert('outlet')>", text, StringComparison.Ordinal);
        await visit.ScreenshotAsync(BrowserApp.Screenshots, "hostile-briefing");

        var stored = status.GetProperty("briefing").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file").GetString()!).ToList();
        var hostile = Assert.Single(stored, f => f.Contains("onerror", StringComparison.Ordinal));
        Assert.DoesNotContain(hostile, c => c is '/' or '\\' || char.IsControl(c));
        Assert.EndsWith(".txt", hostile, StringComparison.Ordinal);

        await page.GotoAsync("/");
        await AssertInertAsync(page, "archive");
        Assert.Equal(Title, (await page.InnerTextAsync($"a[href='/briefings/{id}']")).Trim());
        await visit.ScreenshotAsync(BrowserApp.Screenshots, "hostile-archive");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("<script>alert('q')</script>"));
        await AssertInertAsync(page, "archive search");
        Assert.Contains("<script>alert('q')</script>", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    [Fact]
    public async Task HostileFileName_OnlyArticleUnusable_FailureShownEscaped()
    {
        await using var visit = await fixture.VisitAsync(BrowserApp.Phone);
        var page = visit.Page;
        await page.GotoAsync("/new");
        await page.SetInputFilesAsync("#files", new FilePayload { Name = FileName, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("<script>alert('short')</script> too short") });
        await page.ClickAsync("#create");
        await page.WaitForURLAsync(BriefingJourneyTests.BriefingAddress());
        await page.WaitForSelectorAsync("text=The briefing failed", new PageWaitForSelectorOptions { Timeout = 60_000 });

        await AssertInertAsync(page, "failed progress");
        Assert.Contains("onerror=alert(7)", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("meta[http-equiv=refresh]").CountAsync());
        Assert.False(await visit.ScrollsSidewaysAsync(), string.Join(", ", await visit.TooWideAsync()));
        await visit.ScreenshotAsync(BrowserApp.Screenshots, "phone-hostile-failed");
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    // Nothing an article or a user wrote became markup: no script, no event handler, no image or frame, no link
    // other than to this site, an in-page anchor or http(s).
    private static async Task AssertInertAsync(IPage page, string where)
    {
        var found = await page.EvaluateAsync<JsonElement>(
            """
            () => ({
              scripts: document.querySelectorAll('script').length,
              handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
              embedded: document.querySelectorAll('img, iframe, object, embed, b').length,
              links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => !/^(https?:\/\/|\/|#)/.test(h)),
            })
            """);
        Assert.True(found.GetProperty("scripts").GetInt32() == 0, $"{where}: script element");
        Assert.True(found.GetProperty("handlers").GetArrayLength() == 0, $"{where}: {found.GetProperty("handlers")}");
        Assert.True(found.GetProperty("embedded").GetInt32() == 0, $"{where}: img, iframe, object, embed or b element");
        Assert.True(found.GetProperty("links").GetArrayLength() == 0, $"{where}: links {found.GetProperty("links")}");
    }

    private async Task<JsonElement> StatusAsync(string id)
    {
        using var client = fixture.App.Client();
        return await client.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}");
    }
}

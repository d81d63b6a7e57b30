using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// What a reader does, in Chromium against the running app: upload the seed story through the form, watch its
/// progress, read the briefing, find it in the archive, download its PDF. At phone and desktop size, with
/// screenshots of each page, no sideways scrolling and nothing the Content-Security-Policy blocks.
/// </summary>
[Collection(RealBrowserCollection.Name)]
public sealed partial class BriefingJourneyTests(BrowserApp fixture, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Journey_SeedFilesThroughTheForm_BriefingInArchiveAndPdf(string size)
    {
        var viewport = size == "phone" ? BrowserApp.Phone : BrowserApp.Desktop;
        await using var visit = await fixture.VisitAsync(viewport);
        var page = visit.Page;
        var sideways = new List<string>();
        async Task LookAsync(string name)
        {
            await visit.ScreenshotAsync(BrowserApp.Screenshots, $"{size}-{name}");
            if (await visit.ScrollsSidewaysAsync()) sideways.Add($"{name}: {string.Join(", ", await visit.TooWideAsync())}");
        }

        await page.GotoAsync("/new");
        await LookAsync("new");
        await page.SetInputFilesAsync("#files", Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal));
        await page.ClickAsync("#create");
        await page.WaitForURLAsync(BriefingAddress());
        var id = BriefingAddress().Match(page.Url).Groups[1].Value;

        var stages = await Progress.FollowAsync(page, TimeSpan.FromSeconds(120), stage => visit.SettledAsync(async () =>
        {
            if (Progress.StageIn(await page.ContentAsync()) is null) return;
            Assert.Equal(0, await page.Locator("script").CountAsync());
            Assert.Equal(1, await page.Locator("meta[http-equiv=refresh]").CountAsync());
            await LookAsync("progress-" + Array.IndexOf(Progress.Stages, stage));
        }));
        output.WriteLine($"{size}: stages seen {string.Join(" > ", stages)}");
        Assert.Equal(stages.OrderBy(s => Array.IndexOf(Progress.Stages, s)), stages);

        var title = (await page.InnerTextAsync("h1")).Trim();
        Assert.Contains("Syria", title, StringComparison.Ordinal);
        Assert.Contains("Claims verified", await page.InnerTextAsync("#verification"), StringComparison.Ordinal);
        Assert.Equal($"{fixture.App.Address}briefings/{id}", await page.InputValueAsync("#link"));
        await LookAsync("briefing");
        foreach (var part in new[] { "#disagreements", "#coverage", "#sources" })
        {
            await visit.ScreenshotAsync(BrowserApp.Screenshots, $"{size}-briefing-{part[1..]}", part);
        }

        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(w => w.Length >= 5 && w.All(char.IsLetter));
        await page.ClickAsync("text=← Archive");
        await page.FillAsync("#q", word);
        await page.ClickAsync("form.search button");
        await page.WaitForURLAsync(new Regex(@"[?&]q="));
        var entry = page.Locator($"a[href='/briefings/{id}']");
        Assert.Equal(title, (await entry.InnerTextAsync()).Trim());
        await LookAsync("archive");
        await entry.ClickAsync();
        await page.WaitForURLAsync(BriefingAddress());

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-pdf"));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = Path.Combine(fixture.App.Folder, $"{size}.pdf");
        await download.SaveAsAsync(pdf);
        var text = Squeeze(await PdfTextAsync(pdf));
        Assert.Contains(Squeeze(title), text, StringComparison.Ordinal);
        Assert.Contains("Claims verified", text, StringComparison.Ordinal);

        Assert.Empty(sideways);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        output.WriteLine("screenshots in " + BrowserApp.Screenshots);
    }

    [Fact]
    public async Task Pages_Phone_NoSidewaysScrollingOnEmptyArchiveAndFormError()
    {
        await using var visit = await fixture.VisitAsync(BrowserApp.Phone);
        await visit.Page.GotoAsync("/?q=" + new string('x', 120));
        Assert.False(await visit.ScrollsSidewaysAsync(), string.Join(", ", await visit.TooWideAsync()));
        await visit.ScreenshotAsync(BrowserApp.Screenshots, "phone-archive-no-match");

        await visit.Page.GotoAsync("/new");
        await visit.Page.ClickAsync("#create");
        Assert.Contains("No articles", await visit.Page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.False(await visit.ScrollsSidewaysAsync(), string.Join(", ", await visit.TooWideAsync()));
        await visit.ScreenshotAsync(BrowserApp.Screenshots, "phone-new-error");
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    internal static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync());
        return text;
    }

    private static string Squeeze(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"/briefings/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    internal static partial Regex BriefingAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

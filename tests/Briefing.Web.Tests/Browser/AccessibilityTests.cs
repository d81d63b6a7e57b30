using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// Accessibility basics on every page, in Chromium: a language, a label for every field, headings in order (one
/// h1, no level skipped), a name for every link and button, and a focus indicator on everything reached by Tab.
/// </summary>
[Collection(RealBrowserCollection.Name)]
public sealed class AccessibilityTests(AccessibilityTests.PagesApp fixture) : IClassFixture<AccessibilityTests.PagesApp>
{
    public static TheoryData<string> Pages => new() { "archive", "archive-empty-search", "new", "new-error", "failed", "briefing" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Basics_LangLabelsHeadingsNamesFocus(string name)
    {
        var app = fixture;
        await using var visit = await app.VisitAsync(BrowserApp.Desktop);
        var page = visit.Page;
        await OpenAsync(page, name);

        var report = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const fields = [...document.querySelectorAll('input, select, textarea')].filter(e => e.type !== 'hidden');
              const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1]);
              const skipped = headings.filter((level, i) => i > 0 && level > headings[i - 1] + 1);
              const nameless = [...document.querySelectorAll('a[href], button')].filter(e => !(e.textContent.trim() || e.getAttribute('aria-label')));
              return {
                lang: document.documentElement.lang,
                unlabelled: fields.filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.id || e.name),
                h1: headings.filter(l => l === 1).length,
                first: headings[0] ?? 0,
                skipped: skipped.length,
                nameless: nameless.map(e => e.outerHTML.slice(0, 80)),
              };
            }
            """);
        Assert.Equal("en", report.GetProperty("lang").GetString());
        Assert.True(report.GetProperty("unlabelled").GetArrayLength() == 0, $"fields without a label: {report.GetProperty("unlabelled")}");
        Assert.Equal(1, report.GetProperty("h1").GetInt32());
        Assert.Equal(1, report.GetProperty("first").GetInt32());
        Assert.Equal(0, report.GetProperty("skipped").GetInt32());
        Assert.True(report.GetProperty("nameless").GetArrayLength() == 0, $"links or buttons without a name: {report.GetProperty("nameless")}");

        var unfocused = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>(
                """
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return null;
                  const s = getComputedStyle(e);
                  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
                  return { what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''), ring };
                }
                """);
            if (focus.ValueKind == JsonValueKind.Null) break;
            if (!focus.GetProperty("ring").GetBoolean()) unfocused.Add(focus.GetProperty("what").GetString()!);
        }

        Assert.True(unfocused.Count == 0, $"no visible focus on {string.Join(", ", unfocused)}");
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    private async Task OpenAsync(IPage page, string name)
    {
        var app = fixture;
        switch (name)
        {
            case "archive":
                await app.BriefingAsync();
                await page.GotoAsync("/");
                break;
            case "archive-empty-search":
                await page.GotoAsync("/?q=nothing-matches-this");
                break;
            case "new":
                await page.GotoAsync("/new");
                break;
            case "new-error":
                await page.GotoAsync("/new");
                await page.ClickAsync("#create");
                await page.WaitForSelectorAsync("[role=alert]");
                break;
            case "failed":
                await page.GotoAsync("/new");
                await page.SetInputFilesAsync("#files", new FilePayload { Name = "short.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("far too short") });
                await page.ClickAsync("#create");
                await page.WaitForSelectorAsync("text=The briefing failed", new PageWaitForSelectorOptions { Timeout = 60_000 });
                break;
            default:
                await page.GotoAsync($"/briefings/{await app.BriefingAsync()}");
                await page.WaitForSelectorAsync("#verification");
                break;
        }
    }

    /// <summary>The app without PDFs, Chromium to look at it, and one finished briefing of the seed story.</summary>
    public sealed class PagesApp : BrowserApp
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private string? _id;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Rendering:ChromiumPath"] = "/nonexistent/chromium" };

        public async Task<string> BriefingAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_id is not null) return _id;
                using var client = App.Client();
                using var created = await client.PostAsync("/api/briefings", WebApp.SeedForm());
                var done = await WebApp.WaitAsync(client, created.Headers.Location!.ToString());
                Assert.Equal("done", done.GetProperty("status").GetString());
                return _id = done.GetProperty("id").GetString()!;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}

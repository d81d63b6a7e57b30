using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// One browser context and its page, recording what a test must see none of: console errors (a blocked inline
/// script or style is a Content-Security-Policy error there), uncaught page errors and dialogs (an injected alert).
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();

    public Visit(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            // A page's own status (a form answered 400) is the test's to check; anything else failing to load is not.
            var own = m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && m.Location.StartsWith(page.Url + ":", StringComparison.Ordinal);
            if (m.Type is "error" or "warning" && !own) _problems.Enqueue($"console {m.Type} on {page.Url}: {m.Text} ({m.Location})");
        };
        page.PageError += (_, e) => _problems.Enqueue($"page error on {page.Url}: {e}");
        page.Dialog += async (_, d) =>
        {
            _problems.Enqueue($"dialog on {page.Url}: {d.Message}");
            await d.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => [.. _problems];

    public ValueTask DisposeAsync() => new(Context.CloseAsync());

    /// <summary>
    /// Runs checks on a page that refreshes itself (the progress page), again from the start when a refresh
    /// replaced the page under them.
    /// </summary>
    public async Task SettledAsync(Func<Task> check)
    {
        for (var attempt = 1; ; attempt++)
        {
            await Page.WaitForLoadStateAsync(LoadState.Load);
            try
            {
                await check();
                return;
            }
            catch (Exception ex) when (attempt < 5 && (ex is TimeoutException || ex.Message.Contains("navigation", StringComparison.Ordinal) || ex.Message.Contains("context was destroyed", StringComparison.Ordinal)))
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Whether the page is wider than its viewport (a phone would scroll sideways).</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    /// <summary>The elements wider than the viewport, to name in a failure message.</summary>
    public Task<string[]> TooWideAsync() => Page.EvaluateAsync<string[]>(
        """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
            || (getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0))
          .slice(0, 8)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))
        """);

    /// <summary>The whole page, and what a reader sees first (the viewport) when the page is longer.</summary>
    public async Task ScreenshotAsync(string folder, string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Timeout = 10_000 });
        if (await Page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight"))
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-top.png"), Timeout = 10_000 });
        }
    }

    /// <summary>One part of the page, to look at closely.</summary>
    public async Task ScreenshotAsync(string folder, string name, string selector)
    {
        var part = Page.Locator(selector);
        if (await part.CountAsync() > 0) await part.First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }
}

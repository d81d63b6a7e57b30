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
            if (m.Type is "error" or "warning") _problems.Enqueue($"console {m.Type} on {page.Url}: {m.Text}");
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

    /// <summary>Whether the page is wider than its viewport (a phone would scroll sideways).</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    /// <summary>The elements wider than the viewport, to name in a failure message.</summary>
    public Task<string[]> TooWideAsync() => Page.EvaluateAsync<string[]>(
        """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 8)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))
        """);

    public Task ScreenshotAsync(string folder, string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
}

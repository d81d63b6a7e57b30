using Microsoft.Playwright;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// A class fixture: the app as a real process (<see cref="AppProcess"/>), printing PDFs, and Debian's Chromium driven
/// by Playwright (never a downloaded browser). Screenshots go to a kept temporary folder.
/// </summary>
public class BrowserApp : RunningApp
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    /// <summary>Where screenshots are written, one folder per test run; kept after the run so a person can look at them.</summary>
    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "briefing-screens-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss"));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Rendering:ChromiumPath"] = "/usr/bin/chromium" };

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (no shared cookies or cache) at the app's address, recording console problems.</summary>
    public async Task<Visit> VisitAsync(ViewportSize viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.Address.ToString(), ViewportSize = viewport, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return new Visit(context, page);
    }
}

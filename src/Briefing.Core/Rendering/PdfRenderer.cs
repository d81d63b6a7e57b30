using Briefing.Domain;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Briefing.Rendering;

/// <summary>
/// Prints the HTML briefing to PDF with the system Chromium through Playwright (browser downloads are never used).
/// The browser starts on first use and stays warm until disposal.
/// </summary>
internal sealed class PdfRenderer(HtmlRenderer html, IOptions<RenderingOptions> options) : IBriefingRenderer, IAsyncDisposable, IDisposable
{
    private const string Footer =
        "<div style=\"width:100%;font:9px sans-serif;color:#57606a;text-align:center\"><span class=\"title\"></span> · page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Format => "pdf";

    public string MediaType => "application/pdf";

    public string FileExtension => ".pdf";

    public async Task RenderAsync(BriefingDocument briefing, Stream output, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        var timeout = options.Value.PdfTimeoutSeconds * 1000f;
        byte[] pdf;
        try
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(timeout);
            await page.SetContentAsync(html.Render(briefing), new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = options.Value.PaperSize,
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = Footer,
                Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "14mm", Right = "14mm" },
                Tagged = true,
                Outline = true,
            });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // A crashed or hung browser is started afresh for the next PDF.
            if (!browser.IsConnected) Dispose();
            throw new BriefingException(BriefingErrorKind.RenderingFailed, $"PDF not written: Chromium failed while printing ({FirstLine(ex.Message)}).", "Rendering:PdfTimeoutSeconds", ex);
        }

        await output.WriteAsync(pdf, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        Dispose();
    }

    // Disposing Playwright stops its driver, which takes the browser down with it.
    public void Dispose()
    {
        _playwright?.Dispose();
        _playwright = null;
        _browser = null;
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is not null) return _browser;
            var executable = ChromiumLocator.Find(options.Value.ChromiumPath) ?? throw new BriefingException(
                BriefingErrorKind.RenderingFailed,
                string.IsNullOrWhiteSpace(options.Value.ChromiumPath)
                    ? "PDF not written: no Chromium found (looked for /usr/bin/chromium, chromium-browser, google-chrome on PATH). Install it with 'sudo apt-get install -y chromium' or set Rendering:ChromiumPath."
                    : $"PDF not written: Rendering:ChromiumPath '{options.Value.ChromiumPath}' does not exist.",
                "Rendering:ChromiumPath");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Timeout = options.Value.PdfTimeoutSeconds * 1000f,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            return _browser;
        }
        catch (PlaywrightException ex)
        {
            throw new BriefingException(BriefingErrorKind.RenderingFailed, $"PDF not written: Chromium could not be started ({FirstLine(ex.Message)}).", "Rendering:ChromiumPath", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}

using System.Diagnostics;
using Briefing.Generation;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Rendering;

/// <summary>Real Chromium (Debian's package) prints the PDF; pdftotext reads it back.</summary>
public sealed class PdfRendererTests : IDisposable
{
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task WriteAsync_SeedsBriefing_PdfContainsTitlePointAndSources()
    {
        await using var services = Services.Build();
        var pipeline = services.GetRequiredService<BriefingGenerator>();

        var result = await pipeline.RunAsync(new BriefingRequest([Repo.Seeds], _out.Path, ["pdf"], "Lausanne talks on Syria"), null, default);

        Assert.Null(result.PdfError);
        var text = PdfText(Path.Combine(_out.Path, "briefing.pdf"));
        Assert.Contains("Lausanne talks on Syria", text);
        var firstPoint = result.Briefing.Sections[0].Points[0].Text;
        Assert.Contains(string.Join(' ', firstPoint.Split(' ').Take(6)), Flatten(text));
        Assert.Contains("Sources", text);
        Assert.Contains("CNN", text);
        Assert.Contains("page 1 of", text);
        Assert.Contains($"Claims verified: {result.Briefing.Verification.Verified}/{result.Briefing.Verification.Claims}", text);
    }

    [Fact]
    public async Task WriteAsync_ChromiumMissing_FailsWithExitCode4AndOtherFormatsWritten()
    {
        await using var services = Services.Build(new Dictionary<string, string?> { ["Rendering:ChromiumPath"] = "/nonexistent/chromium" });
        var pipeline = services.GetRequiredService<BriefingGenerator>();

        var result = await pipeline.RunAsync(new BriefingRequest([Repo.Seeds], _out.Path, ["html", "pdf", "json"]), null, default);

        Assert.NotNull(result.PdfError);
        Assert.Equal(ExitCodes.PdfFailed, result.PdfError.ExitCode);
        Assert.Contains("Rendering:ChromiumPath", result.PdfError.Message);
        Assert.True(File.Exists(Path.Combine(_out.Path, "briefing.html")));
        Assert.True(File.Exists(Path.Combine(_out.Path, "briefing.json")));
        Assert.False(File.Exists(Path.Combine(_out.Path, "briefing.pdf")));
    }

    [Fact]
    public void Find_ConfiguredPathMissing_ReturnsNull() =>
        Assert.Null(ChromiumLocator.Find("/nonexistent/chromium"));

    private static string Flatten(string s) => Briefing.Text.Whitespace.Collapse(s);

    private static string PdfText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("pdftotext could not start (apt-get install poppler-utils)");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}

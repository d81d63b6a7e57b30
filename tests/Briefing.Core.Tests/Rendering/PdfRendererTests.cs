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
    public async Task RenderAsync_SeedsBriefing_PdfContainsTitlePointAndSources()
    {
        await using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, Generate.Request(Repo.Seeds) with { Title = "Lausanne talks on Syria" });

        var text = PdfText(await Generate.RenderToFileAsync(services, briefing, "pdf", Path.Combine(_out.Path, "briefing.pdf")));
        Assert.Contains("Lausanne talks on Syria", text);
        var firstPoint = briefing.Story().Sections[0].Points[0].Text;
        Assert.Contains(string.Join(' ', firstPoint.Split(' ').Take(6)), Flatten(text));
        Assert.Contains("Sources", text);
        Assert.Contains("CNN", text);
        Assert.Contains("page 1 of", text);
        Assert.Contains($"Claims verified: {briefing.Verification.Verified}/{briefing.Verification.Claims}", text);
    }

    [Fact]
    public async Task RenderAsync_ChromiumMissing_RenderingFailedNamingTheSetting()
    {
        await using var services = Services.Build(new Dictionary<string, string?> { ["Rendering:ChromiumPath"] = "/nonexistent/chromium" });
        var briefing = await Generate.FromAsync(services, Repo.Seeds);
        using var output = new MemoryStream();

        var ex = await Assert.ThrowsAsync<Briefing.Domain.BriefingException>(() => Generate.Renderer(services, "pdf").RenderAsync(briefing, output, default));

        Assert.Equal((Briefing.Domain.BriefingErrorKind.RenderingFailed, "Rendering:ChromiumPath"), (ex.Kind, ex.Subject));
        Assert.Contains("Rendering:ChromiumPath", ex.Message);
        Assert.Equal(0, output.Length);
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

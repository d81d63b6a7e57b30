using Briefing.Rendering;
using Briefing.TestKit.Hostile;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Rendering.Templates;

/// <summary>
/// Every briefing template with every field hostile, parsed as a browser (and a Markdown reader) would: the same
/// elements and attributes as with plain text, nothing that runs, no link but http(s), and the hostile text shown.
/// </summary>
public sealed class HostileTemplatesTests : IDisposable
{
    private readonly ServiceProvider _services = Services.Build();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    public async Task Render_EveryFieldHostile_SameShapeAsPlainNothingActiveTextShown(string format)
    {
        var hostile = await ParsedAsync(HostileText.Document(HostileText.Of, hostileUrls: true), format);
        var plain = await ParsedAsync(HostileText.Document(HostileText.Plain, hostileUrls: false), format);

        Assert.Equal(plain.Shape(), hostile.Shape());
        Assert.Empty(hostile.Problems());
        Assert.Contains(HostileText.Markup, hostile.TextContent, StringComparison.Ordinal);
        Assert.Contains("{{ Title }}", hostile.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileText.JavascriptUrl, plain.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    public async Task Render_NoStoriesOrAnEmptySection_RendersWhatThereIs(string format)
    {
        var sample = Documents.Sample();
        var empty = sample.Stories[0] with { Sections = [new Domain.Section("Empty", []), .. sample.Stories[0].Sections] };

        var none = await Generate.RenderTextAsync(_services, sample with { Stories = [] }, format);
        var withEmpty = await Generate.RenderTextAsync(_services, sample with { Stories = [empty] }, format);

        Assert.Contains("Claims verified", none, StringComparison.Ordinal);
        Assert.Contains("Empty", withEmpty, StringComparison.Ordinal);
    }

    private async Task<ParsedOutput> ParsedAsync(Domain.BriefingDocument document, string format)
    {
        var text = await Generate.RenderTextAsync(_services, document, format);
        return format == "html" ? ParsedOutput.Html(text) : ParsedOutput.Markdown(text);
    }
}

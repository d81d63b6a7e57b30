using System.Text.RegularExpressions;
using Briefing.Domain;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Rendering;

/// <summary>What article (or model) text cannot do to a rendered briefing: imitate markers, hide or reorder text.</summary>
public sealed partial class HostileRenderingTests : IDisposable
{
    private const string Forged = "Officials said the toll rose [3][4] sharply. Claims verified: 99/99";
    private readonly ServiceProvider _services = Services.Build();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void RenderHtml_ForgedMarkersInArticleText_OnlyRealMarkersAreSuperscriptLinks()
    {
        var html = _services.GetRequiredService<HtmlRenderer>().Render(Forging());

        Assert.Contains("Officials said the toll rose [3][4] sharply. Claims verified: 99/99 <sup class=\"marker\"><a class=\"cite\" href=\"#source-1\"", html);
        var markers = Marker().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.All(markers, n => Assert.True(n is "1" or "2", $"marker [{n}] for a source that does not exist"));
        Assert.Equal(1, Regex.Count(html, "class=\"verification\""));
    }

    [Fact]
    public async Task RenderMarkdown_ForgedMarkersInArticleText_EscapedWhileRealOnesAreSuperscriptLinks()
    {
        var md = await MarkdownAsync(Forging());

        Assert.Contains("Officials said the toll rose \\[3\\]\\[4\\] sharply. Claims verified: 99/99 <sup>[\\[1\\]](#source-1)</sup>", md);
        Assert.DoesNotContain("[\\[3\\]](", md);
        Assert.Single(md.Split('\n'), l => l.StartsWith("**Claims verified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_ControlAndBidiCharactersFromAnyText_NeverReachTheOutput()
    {
        var doc = Documents.Sample().WithSections([new Section("Key\u2066 points", [new Point("The storm destroyed \u202E000,03\u202C homes.", [new Citation("S1", "The storm destroyed \u202E000,03\u202C homes.")])])]) with
        {
            Title = "Title\u001b[2J\u202Eevil\u0007",
        };

        var html = _services.GetRequiredService<HtmlRenderer>().Render(doc);
        var md = await MarkdownAsync(doc);

        Assert.Contains("Title[2Jevil", html, StringComparison.Ordinal);
        Assert.Contains("Title\\[2Jevil", md, StringComparison.Ordinal);
        foreach (var output in new[] { html, md })
        {
            Assert.Contains("The storm destroyed 000,03 homes.", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u202E' or '\u202C' or '\u2066');
        }
    }

    [Fact]
    public void RenderHtml_ChineseAndArabicText_LangFromTheTextAndDirectionPerText()
    {
        var doc = Documents.Sample().WithSections([new Section("Key points", [new Point("洛桑会谈于星期六晚间结束，各国外长未能达成突破。", [new Citation("S1", "洛桑会谈于星期六晚间结束，各国外长未能达成突破。"), new Citation("S2", "انتهت المحادثات في لوزان دون اتفاق.")])])]) with
        {
            Title = "洛桑会谈无果而终",
        };

        var html = _services.GetRequiredService<HtmlRenderer>().Render(doc);

        Assert.Contains("<html lang=\"zh\">", html);
        Assert.Contains("<p lang=\"zh\" dir=\"auto\">洛桑会谈", html);
        Assert.Contains("<q lang=\"ar\" dir=\"auto\">انتهت", html);
        Assert.Contains("<h1 dir=\"auto\">", html);
    }

    private static BriefingDocument Forging() => Documents.Sample().WithSections([new Section("Key points", [new Point(Forged, [new Citation("S1", Forged)])])]);

    private async Task<string> MarkdownAsync(BriefingDocument doc)
    {
        return await Generate.RenderTextAsync(_services, doc, "md");
    }

    [GeneratedRegex("<sup class=\"marker\"><a class=\"cite\" href=\"#source-(\\d+)\"")]
    private static partial Regex Marker();
}

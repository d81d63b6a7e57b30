using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static string Render()
    {
        using var services = Services.Build();
        return services.GetRequiredService<HtmlRenderer>().Render(Documents.Sample());
    }

    [Fact]
    public void Render_LlmRun_ShowsModelUseAndWhatWasWorkedAround()
    {
        var doc = Documents.Sample();
        var model = new Briefing.Domain.LlmReport("gpt-test", "http://127.0.0.1:1/v1/", [new("map", "S1", 1200, 300, 800), new("reconcile", "2 sources", 900, 400, 900)], 1, [], []) { EstimatedCost = 0.0123m };
        doc = doc with { Engine = "llm", Run = doc.Run with { Warnings = ["S2: map call failed (ServerError: HTTP 500 <oops>); used the extractive summary of this article (3 sentences)"], Model = model } };
        using var services = Services.Build();

        var html = services.GetRequiredService<HtmlRenderer>().Render(doc);

        Assert.Contains("model gpt-test · 2 calls · 1 articles from cache · tokens 2,100 in / 700 out · estimated cost 0.0123", html);
        Assert.Contains("<h2>How this briefing was made</h2>", html);
        Assert.Contains("S2: map call failed (ServerError: HTTP 500 &lt;oops&gt;); used the extractive summary", html);
    }

    [Fact]
    public async Task Render_ParaphrasedPoint_ShowsItsVerbatimQuotesInHtmlAndMarkdown()
    {
        var doc = Documents.Sample();
        doc = doc.WithSections([new Briefing.Domain.Section("Key points", [new Briefing.Domain.Point("Officials gave no details.", [new Briefing.Domain.Citation("S2", "Officials said nothing more.")])])]);
        using var services = Services.Build();
        using var temp = new TempFolder();

        var html = services.GetRequiredService<HtmlRenderer>().Render(doc);
        var md = await Generate.RenderToFileAsync(services, doc, "md", Path.Combine(temp.Path, "b.md"));

        Assert.Contains("<details open><summary>Source wording</summary>", html);
        Assert.Contains("<q dir=\"auto\">Officials said nothing more.</q>", html);
        Assert.Contains("   > <sup>[\\[2\\]](#source-2)</sup> “Officials said nothing more.”", await File.ReadAllTextAsync(md));
    }

    [Fact]
    public void Render_HostileArticleText_IsEscaped()
    {
        var html = Render();

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>nothing</b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<title>Talks &lt;end&gt; &amp; begin</title>", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void Render_Citations_LinkToSourceListAndCoverageTable()
    {
        var html = Render();

        Assert.Contains("href=\"#source-1\"", html);
        Assert.Contains("id=\"source-2\"", html);
        Assert.Contains("Claims verified: <strong>2/3</strong>", html);
        Assert.Contains("Reported by 2 sources: <bdi>Outlet One</bdi>, <bdi>Source 2</bdi>", html);
        Assert.Contains("<td class=\"yes\">✓</td><td class=\"yes\">✓</td>", html);
        Assert.Contains("class=\"disagreements\"", html);
        Assert.Contains("<bdi class=\"value\">150 people</bdi>", html);
        Assert.Contains("href=\"https://one.example/a?b&#x3D;1&amp;c&#x3D;2\"", html);
        Assert.Contains("empty file", html);
    }

    [Fact]
    public async Task Render_Markdown_EscapesMarkdownAndHtml()
    {
        using var services = Services.Build();
        var md = await Generate.RenderTextAsync(services, Documents.Sample(), "md");

        Assert.StartsWith("# Talks &lt;end&gt; &amp; begin", md);
        Assert.Contains("Only one source says \\*this\\*.", md);
        Assert.Contains("&lt;script&gt;", md);
        Assert.Contains("## ⚠ Sources disagree", md);
        Assert.Contains("**Claims verified: 2/3**", md);
    }
}

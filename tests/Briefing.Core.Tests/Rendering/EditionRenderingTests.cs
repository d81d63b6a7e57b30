using System.Text.RegularExpressions;

namespace Briefing.Tests.Rendering;

public sealed partial class EditionRenderingTests : IDisposable
{
    private static readonly string Golden = Path.Combine(Repo.Root, "tests", "Briefing.Core.Tests", "Rendering", "Golden");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Render_SingleStory_MarkdownAndHtmlExactlyAsBeforeEditions()
    {
        using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, Repo.Seeds);

        var md = await Generate.RenderTextAsync(services, briefing, "md");
        var html = await Generate.RenderTextAsync(services, briefing, "html");

        Assert.Equal(File.ReadAllText(Path.Combine(Golden, "seeds.md")), md);
        Assert.Equal(File.ReadAllText(Path.Combine(Golden, "seeds.body.html")), html[html.IndexOf("</style>", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task RenderHtml_Edition_ContentsLinkToEachStoryAndEveryIdIsUnique()
    {
        using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var html = await Generate.RenderTextAsync(services, briefing, "html");

        var contents = html[html.IndexOf("<nav class=\"contents\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Equal(["#story-1", "#story-2", "#also-reported"], Href().Matches(contents).Select(m => m.Groups[1].Value));
        foreach (var id in new[] { "story-1", "story-2", "also-reported", "story-1-coverage", "story-2-coverage", "story-1-disagreements", "story-2-disagreements" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(9, Regex.Matches(html, "<li id=\"source-").Count);
    }

    [Fact]
    public async Task RenderHtml_Edition_EachCoverageTableHasAColumnPerSourceOfItsStory()
    {
        using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var html = await Generate.RenderTextAsync(services, briefing, "html");

        var floods = html[html.IndexOf("id=\"story-2-coverage\"", StringComparison.Ordinal)..];
        var head = floods[..floods.IndexOf("</thead>", StringComparison.Ordinal)];
        Assert.Equal(["#source-6", "#source-7", "#source-8"], Href().Matches(head).Select(m => m.Groups[1].Value));
        Assert.Contains("<h2 class=\"story-title\" dir=\"auto\">2. ", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Who reports what</h3>", html, StringComparison.Ordinal);
        Assert.Contains(EditionInputs.Singleton, html[html.IndexOf("id=\"also-reported\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderMarkdown_Edition_ContentsAnchorsAndAStorySectionEach()
    {
        using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var md = await Generate.RenderTextAsync(services, briefing, "md");

        Assert.Contains("## In this edition", md, StringComparison.Ordinal);
        Assert.Contains("<a id=\"story-2\"></a>\n## 2. ", md, StringComparison.Ordinal);
        Assert.Contains("](#story-1) · 5 sources · claims verified", md, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(md, "^### Who reports what$", RegexOptions.Multiline).Count);
        Assert.Contains("<a id=\"also-reported\"></a>\n## Also reported", md, StringComparison.Ordinal);
        Assert.Contains($"{EditionInputs.Singleton} <sup>[\\[9\\]](#source-9)</sup> — *Arctic Post*", md, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(#[^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();
}

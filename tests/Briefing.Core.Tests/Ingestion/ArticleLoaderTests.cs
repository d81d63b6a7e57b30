using Briefing.Ingestion;
using Briefing.Generation;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Ingestion;

public sealed class ArticleLoaderTests : IDisposable
{
    private const string Story = "Foreign ministers met in Lausanne on Saturday to discuss the war in Syria. The talks lasted more than four hours and ended without a joint statement. Kerry said the parties would meet again on Monday to discuss future steps.";
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task LoadAsync_Seeds_ReadsAllFiveWithCleanedSentences()
    {
        var result = await Loader().LoadAsync([Repo.Seeds], default);

        Assert.Equal(5, result.Articles.Count);
        Assert.Empty(result.Skipped);
        Assert.Equal(["S1", "S2", "S3", "S4", "S5"], result.Articles.Select(a => a.Id));
        Assert.Equal("CNN", result.Articles[4].Outlet);
        Assert.Equal("Syria crisis: 'We're working very hard' for peace, says U.S.", result.Articles[3].Title);
        var all = result.Articles.SelectMany(a => a.Sentences).Select(s => s.Text).ToList();
        Assert.DoesNotContain(all, s => s.Contains("Bott/Reuters") || s.Contains("Getty Images"));
        Assert.Single(all, s => s.StartsWith("U.S.-led talks on the Syria conflict in Lausanne", StringComparison.Ordinal));
        Assert.Contains("Ahead of the talks, the Russian foreign minister did little to boost hopes of a positive outcome.", all);
    }

    [Fact]
    public async Task LoadAsync_BadInputs_SkipsEachWithReasonAndKeepsTheRest()
    {
        _dir.Write("good.txt", Story);
        _dir.Write("empty.txt", "");
        _dir.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        _dir.WriteBytes("latin1.txt", [.. System.Text.Encoding.ASCII.GetBytes("Caf"), 0xE9, .. System.Text.Encoding.ASCII.GetBytes(" talks in Lausanne")]);
        _dir.Write("big.txt", Story + new string(' ', 2000));
        _dir.Write("same.txt", Story);
        _dir.Write("notes.pdf", "x");

        var result = await Loader(maxBytes: 1000).LoadAsync([_dir.Path], default);

        var article = Assert.Single(result.Articles);
        Assert.EndsWith("good.txt", article.File);
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("empty.txt") && s.Reason == "empty file");
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("binary.txt") && s.Reason.Contains("binary"));
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("latin1.txt") && s.Reason.Contains("invalid UTF-8"));
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("big.txt") && s.Reason.Contains("Ingestion:MaxFileBytes"));
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("same.txt") && s.Reason.Contains("exact duplicate of") && s.Reason.Contains("good.txt"));
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("notes.pdf") && s.Reason.Contains("unsupported file type"));
    }

    [Fact]
    public async Task LoadAsync_NearDuplicateWireCopy_KeepsFirstOnly()
    {
        _dir.Write("a.txt", Story + " Officials gave no further details on Saturday evening.");
        _dir.Write("b.txt", Story + " Officials gave no further details.");

        var result = await Loader().LoadAsync([_dir.Path], default);

        Assert.Single(result.Articles);
        Assert.Contains("near duplicate", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public async Task LoadAsync_HtmlPage_ExtractsMainTextAndMetadata()
    {
        var path = _dir.Write("page.html", """
            <html><head><title>Talks end</title><meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://example.com/talks"><script>var x = "Do not read me.";</script><style>p{}</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World news and more sections here</a></nav>
            <article><h1>Talks end without deal</h1><p>Foreign ministers met in Lausanne on Saturday to discuss the war in Syria.</p>
            <figure><img src="x.jpg"><figcaption>A caption that should go.</figcaption></figure>
            <p>The talks lasted more than four hours and ended without a joint statement, officials said.</p></article>
            <footer>Copyright Example News. All rights reserved worldwide.</footer></body></html>
            """);

        var result = await Loader().LoadAsync([path], default);

        Assert.Empty(result.Skipped);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Talks end", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal("https://example.com/talks", article.Url);
        Assert.Equal(
            ["Foreign ministers met in Lausanne on Saturday to discuss the war in Syria.", "The talks lasted more than four hours and ended without a joint statement, officials said."],
            article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public async Task LoadAsync_MarkdownWithFrontMatter_UsesMetadata()
    {
        var path = _dir.Write("story.md", $"---\ntitle: Talks in Lausanne\noutlet: Wire Service\nurl: https://wire.example/1\npublished: 2016-10-15\n---\n# Ignored heading\n\n{Story}\n");

        var article = Assert.Single((await Loader().LoadAsync([path], default)).Articles);

        Assert.Equal(("Talks in Lausanne", "Wire Service", "https://wire.example/1"), (article.Title, article.Outlet, article.Url));
        Assert.Equal(new DateTimeOffset(2016, 10, 15, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(3, article.Sentences.Count);
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ThrowsBadArguments()
    {
        var ex = await Assert.ThrowsAsync<BriefingException>(() => Loader().LoadAsync([Path.Combine(_dir.Path, "nope")], default));

        Assert.Equal(ExitCodes.BadArguments, ex.ExitCode);
        Assert.Contains("nope", ex.Message);
    }

    private static ArticleLoader Loader(long maxBytes = 5_000_000) =>
        new(Options.Create(new IngestionOptions { MaxFileBytes = maxBytes }));
}

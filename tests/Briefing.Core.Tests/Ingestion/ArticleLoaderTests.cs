using Briefing.Ingestion;
using Briefing.Domain;
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
        var result = await Loader().LoadAsync(Inputs(Repo.Seeds), default);

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

        var result = await Loader(maxBytes: 1000).LoadAsync(Inputs(_dir.Path), default);

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
    public async Task LoadAsync_PagesThatAreNotArticles_SkippedWithReasonAndTheReportKept()
    {
        _dir.Write("report.txt", Story);
        _dir.Write("missing.txt", "Sorry, the page you requested was not found. Please check the URL for proper spelling and capitalization. This feature is not available right now. Please try again later.");
        _dir.Write("archive.txt", "Since 1996 a crawler company has been donating its crawl data to the Internet Archive. Every day these data are added to the Wayback Machine after an embargo period. These crawls are part of an effort to keep pages as they change.");
        _dir.Write("signin.txt", "Sign in using your account with one of these services. Already have an account? Please sign in to comment on stories. Check your email to activate your account.");

        var result = await Loader().LoadAsync(Inputs(_dir.Path), default);

        Assert.EndsWith("report.txt", Assert.Single(result.Articles).File);
        Assert.Equal(3, result.Skipped.Count);
        Assert.All(result.Skipped, s => Assert.Matches(@"^not an article: \d+ of its \d+ words are web-page furniture .*Ingestion:MaxFurnitureShare 0\.5\)$", s.Reason));
    }

    [Fact]
    public async Task LoadAsync_ReportsWithFurniture_AreKept()
    {
        // A short report with a sign-up line and a photo gallery's captions beside a long report: furniture, but not mostly.
        _dir.Write("brief.txt", Story + " Sign up for our daily email newsletter to get top stories. Click here to share this story.");
        var captions = string.Concat(Enumerable.Range(1, 24).Select(i => $"Hide caption {i} of 24 Photos: the station over the years, with its crew at work on the module in orbit. "));
        var report = string.Concat(Enumerable.Range(1, 12).Select(i => $"Engineers worked on the failed cooling pump for a {i}th hour on Wednesday, the space agency said in a statement. "));
        _dir.Write("gallery.txt", report + captions);
        _dir.Write("hack.txt", "The party said hackers built a fake page to collect the usernames and passwords officials use to log into its voter database. The party alerted the FBI on Tuesday. A security firm detected the page early in the morning and it was taken down within hours.");
        _dir.Write("archive-hack.txt", "The Internet Archive was hacked on Wednesday, and the names and contact details of 31 million users were exposed. An archived copy on the Wayback Machine shows the hackers' message. Users were told to try again later. The site said it could not be loaded for hours.");

        var kept = await Loader().LoadAsync(Inputs(_dir.Path), default);
        var noCheck = await new ArticleLoader(Options.Create(new IngestionOptions { MaxFurnitureShare = 1 }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleLoader>.Instance)
            .LoadAsync([ArticleInput.FromText("missing.txt", "Sorry, the page you requested was not found. Please check the URL for proper spelling. Please try again later or go back to the home page.")], default);

        Assert.Empty(kept.Skipped);
        Assert.Equal(4, kept.Articles.Count);
        Assert.Single(noCheck.Articles);
    }

    [Fact]
    public async Task LoadAsync_NearDuplicateWireCopy_KeepsFirstOnly()
    {
        _dir.Write("a.txt", Story + " Officials gave no further details on Saturday evening.");
        _dir.Write("b.txt", Story + " Officials gave no further details.");

        var result = await Loader().LoadAsync(Inputs(_dir.Path), default);

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

        var result = await Loader().LoadAsync(Inputs(path), default);

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

        var article = Assert.Single((await Loader().LoadAsync(Inputs(path), default)).Articles);

        Assert.Equal(("Talks in Lausanne", "Wire Service", "https://wire.example/1"), (article.Title, article.Outlet, article.Url));
        Assert.Equal(new DateTimeOffset(2016, 10, 15, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(3, article.Sentences.Count);
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ThrowsBadArguments()
    {
        var ex = await Assert.ThrowsAsync<BriefingException>(() => Loader().LoadAsync(Inputs(Path.Combine(_dir.Path, "nope")), default));

        Assert.Equal(BriefingErrorKind.BadInput, ex.Kind);
        Assert.Contains("nope", ex.Message);
    }

    [Fact]
    public async Task LoadAsync_LinkToAFileOutsideTheFolder_SkippedWithReasonNeverRead()
    {
        _dir.Write("good.txt", Story);
        using var outside = new TempFolder();
        outside.Write("secret.txt", "Secret passwords of the night shift are listed here in full, for every one of the forty staff members on duty today.");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "x.txt"), Path.Combine(outside.Path, "secret.txt"));

        var result = await Loader().LoadAsync(Inputs(_dir.Path), default);

        Assert.Single(result.Articles);
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("x.txt") && s.Reason.Contains("symbolic link"));
        Assert.DoesNotContain(result.Articles, a => a.SourceText.Contains("Secret"));
    }

    [Fact]
    public async Task LoadAsync_LinkLoopsAndLinkToRoot_FinishWithEachSkipped()
    {
        _dir.Write("good.txt", Story);
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "loop1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "loop2"), _dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "root"), "/");

        var result = await Loader().LoadAsync(Inputs(_dir.Path), default);

        Assert.Single(result.Articles);
        Assert.Equal(3, result.Skipped.Count(s => s.Reason.Contains("symbolic link")));
    }

    [Fact]
    public async Task LoadAsync_FollowLinksInsideTheInput_ReadsEachFolderOnce()
    {
        _dir.Write("sub/good.txt", Story);
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "again"), Path.Combine(_dir.Path, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "root"), "/");
        var loader = new ArticleLoader(Options.Create(new IngestionOptions { FollowLinks = true }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleLoader>.Instance);

        var result = await loader.LoadAsync(Inputs(_dir.Path), default);

        Assert.Single(result.Articles);
        Assert.Contains(result.Skipped, s => s.Input.EndsWith("root") && s.Reason.Contains("outside the input folders"));
        Assert.DoesNotContain(result.Skipped, s => s.Reason.Contains("duplicate"));
    }

    [Fact]
    public async Task LoadAsync_DeepAndManyFiles_BoundedWithReasons()
    {
        var deep = string.Join("/", Enumerable.Range(0, 5).Select(i => $"d{i}"));
        _dir.Write($"{deep}/deep.txt", Story);
        for (var i = 0; i < 4; i++) _dir.Write($"f{i}.txt", Story + $" Item {i} of the list.");
        var loader = new ArticleLoader(Options.Create(new IngestionOptions { MaxDepth = 3, MaxFiles = 2, NearDuplicateThreshold = 1.0 }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleLoader>.Instance);

        var result = await loader.LoadAsync(Inputs(_dir.Path), default);

        Assert.Equal(2, result.Articles.Count);
        Assert.Contains(result.Skipped, s => s.Reason.Contains("Ingestion:MaxDepth"));
        Assert.Contains(result.Skipped, s => s.Input == "2 more file(s)" && s.Reason.Contains("Ingestion:MaxFiles"));
    }

    [Fact]
    public async Task LoadAsync_ExcludedOutputFolder_NeverRead()
    {
        _dir.Write("good.txt", Story);
        _dir.Write("out/other.txt", Story + " A different closing sentence for the other copy.");

        var result = await Loader().LoadAsync([ArticleInput.FromPath(_dir.Path, exclude: [Path.Combine(_dir.Path, "out")])], default);

        Assert.Single(result.Articles);
        Assert.DoesNotContain(result.Skipped, s => s.Input.Contains("other.txt"));
    }

    [Theory]
    [InlineData("story.html", null, "Talks in Lausanne")]
    [InlineData("upload", "text/html; charset=utf-8", "Talks in Lausanne")]
    [InlineData("upload.bin", "text/markdown", "Talks")]
    public async Task LoadAsync_UploadWithNameOrMediaType_UsesTheRightParser(string name, string? mediaType, string title)
    {
        var html = $"<html><head><title>Talks in Lausanne</title></head><body><article><p>{Story}</p></article></body></html>";
        var body = mediaType == "text/markdown" ? $"# Talks\n\n{Story}" : html;

        var result = await Loader().LoadAsync([ArticleInput.FromContent(name, System.Text.Encoding.UTF8.GetBytes(body), mediaType)], default);

        var article = Assert.Single(result.Articles);
        Assert.Equal(title, article.Title);
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains('<'));
    }

    [Fact]
    public async Task LoadAsync_UploadOfUnsupportedType_SkippedWithReason()
    {
        var result = await Loader().LoadAsync([ArticleInput.FromContent("x.pdf", new byte[] { 1, 2, 3 }, "application/pdf")], default);

        Assert.Empty(result.Articles);
        Assert.Contains("unsupported file type 'application/pdf'", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public async Task LoadAsync_OversizedStream_ReadsOnlyPastTheCapAndSkips()
    {
        using var stream = new MemoryStream(new byte[3_000_000]);

        var input = await ArticleInput.FromStreamAsync("big.txt", stream, "text/plain", 1000, default);
        var result = await Loader(maxBytes: 1000).LoadAsync([input], default);

        Assert.True(((ContentInput)input).Content.Length < 100_000);
        Assert.Contains("Ingestion:MaxFileBytes", Assert.Single(result.Skipped).Reason);
    }

    private static ArticleLoader Loader(long maxBytes = 5_000_000) =>
        new(Options.Create(new IngestionOptions { MaxFileBytes = maxBytes }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleLoader>.Instance);

    private static IReadOnlyList<ArticleInput> Inputs(params string[] paths) => paths.Select(p => ArticleInput.FromPath(p)).ToList();
}

using Briefing.Ingestion;
using Briefing.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Ingestion;

/// <summary>Bidirectional, invisible and control characters never get past ingestion, whatever the format.</summary>
public sealed class HostileTextTests : IDisposable
{
    private const string Story = "Foreign ministers met in Lausanne on Saturday to discuss the war in Syria. The talks lasted more than four hours and ended without a joint statement. Kerry said the parties would meet again on Monday to discuss future steps.";
    private readonly TempFolder _dir = new();
    private readonly ServiceProvider _services = Services.Build();

    public void Dispose()
    {
        _services.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task LoadAsync_RightToLeftOverrideInFigures_ReadsTheLogicalDigits()
    {
        _dir.Write("a.txt", "---\nOutlet: \"Evil\u202E News\"\ntitle: \"Bell\u0007 \u001b[31mred\"\n---\n" + Story + " The storm destroyed \u202E000,03\u202C homes in the region last week.");

        var article = Assert.Single((await LoadAsync()).Articles);

        Assert.Equal("Evil News", article.Outlet);
        Assert.Equal("Bell [31mred", article.Title);
        Assert.Contains(article.Sentences, s => s.Text == "The storm destroyed 000,03 homes in the region last week.");
        Assert.DoesNotContain('\u202E', article.SourceText);
        Assert.Null(new SourceTexts([article], 3).Check(article.Id, "destroyed 000,03 homes").Reason);
    }

    [Fact]
    public async Task LoadAsync_ZeroWidthCopy_IsAnExactDuplicate()
    {
        _dir.Write("a.txt", Story);
        _dir.Write("b.txt", string.Join(' ', Story.Split(' ').Select(w => w.Length > 2 ? w[..1] + "\u200B" + w[1..] + "\u2060" : w)));

        var result = await LoadAsync();

        Assert.Single(result.Articles);
        Assert.Contains("exact duplicate", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_HtmlCharacterReferences_NeutralisedAfterExtraction()
    {
        _dir.Write("page.html", $"<html><head><title>Talks &#x202E;dne&#x202C; &#27;[2J</title><meta property=\"og:site_name\" content=\"News&#8207;&#x2066;\"></head><body><article><p>{Story} Officials counted &#x202E;000,03&#x202C; homes.</p></article></body></html>");

        var article = Assert.Single((await LoadAsync()).Articles);

        Assert.Equal("Talks dne [2J", article.Title);
        Assert.Equal("News", article.Outlet);
        Assert.Contains(article.Sentences, s => s.Text == "Officials counted 000,03 homes.");
        Assert.DoesNotContain(article.SourceText, c => char.IsControl(c) && c != '\n' || c is '\u202E' or '\u202C');
    }

    [Fact]
    public async Task LoadAsync_ControlCharactersInFileName_TitleAndFileNeutralised()
    {
        _dir.Write("bad\u001b[2Jname\u202E.txt", Story);

        var article = Assert.Single((await LoadAsync()).Articles);

        Assert.True(article.TitleIsLabel); // an untitled file is labelled by its lead, not its name
        Assert.EndsWith("bad[2Jname.txt", article.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ChineseArticle_NotSkippedAndSplitIntoSentences()
    {
        _dir.Write("zh.txt", Chinese.Article1);

        var result = await LoadAsync();

        var article = Assert.Single(result.Articles);
        Assert.Empty(result.Skipped);
        Assert.Equal("洛桑会谈无果而终", article.Title);
        Assert.Equal(5, article.Sentences.Count);
        Assert.Equal("美国国务卿克里与俄罗斯外长拉夫罗夫在会谈后分别会见了记者。", article.Sentences[1].Text);
        Assert.Equal(28, article.Sentences[1].WordCount);
    }

    private Task<IngestionResult> LoadAsync() => _services.GetRequiredService<IArticleLoader>().LoadAsync([ArticleInput.FromPath(_dir.Path)], default);
}

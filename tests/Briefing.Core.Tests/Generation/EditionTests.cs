using Briefing.Domain;
using Briefing.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Generation;

public sealed class EditionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _inputs;

    public EditionTests() => _inputs = EditionInputs.Write(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GenerateAsync_MixedInput_StoriesRankedByOutletsAndTheSingletonAlsoReported()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, _inputs);

        Assert.True(briefing.IsEdition);
        Assert.Equal(2, briefing.Stories.Count);
        Assert.Equal(5, briefing.Stories[0].SourceIds.Count);
        Assert.All(briefing.Stories[0].SourceIds, id => Assert.StartsWith("0", File(briefing, id), StringComparison.Ordinal));
        Assert.Equal(["flood-1.md", "flood-2.md", "flood-3.md"], briefing.Stories[1].SourceIds.Select(id => File(briefing, id)));
        var line = Assert.Single(briefing.AlsoReported);
        Assert.Equal(EditionInputs.Singleton, line.Text);
        Assert.Equal("ferry.md", File(briefing, Assert.Single(line.Citations).SourceId));
        Assert.Equal(9, briefing.Sources.Count);
        Assert.StartsWith("Briefing of ", briefing.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_MixedInput_EachStoryCitesOnlyItsOwnSourcesAndTotalsAddUp()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, _inputs);

        foreach (var story in briefing.Stories)
        {
            var cited = story.Sections.SelectMany(s => s.Points).SelectMany(p => p.Citations).Select(c => c.SourceId)
                .Concat(story.Disagreements.SelectMany(d => d.Positions).Select(p => p.SourceId));
            Assert.All(cited, id => Assert.Contains(id, story.SourceIds));
            Assert.Equal(story.Verification.Claims, story.Verification.Verified);
            Assert.False(string.IsNullOrWhiteSpace(story.Title));
        }

        Assert.Equal(briefing.Stories.Sum(s => s.Verification.Claims) + briefing.AlsoReported.Count, briefing.Verification.Claims);
        Assert.Equal(briefing.Verification.Claims, briefing.Verification.Verified);
        Assert.Contains(briefing.Stories[0].Sections.SelectMany(s => s.Points), p => p.Text.Contains("breakthrough", StringComparison.Ordinal) && p.Citations.Select(c => c.SourceId).Distinct().Count() >= 3);
        var homes = Assert.Single(briefing.Stories[1].Disagreements);
        Assert.Equal(2, homes.Positions.Count);
        Assert.Contains(homes.Positions, p => p.Value.Contains("300", StringComparison.Ordinal));
        Assert.Contains(homes.Positions, p => p.Value.Contains("350", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_MixedInput_NoPointCitesASourceThatGivesOtherFigures()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, _inputs);

        var homes = Assert.Single(briefing.Stories[1].Sections.SelectMany(s => s.Points), p => p.Text.Contains("350 homes", StringComparison.Ordinal));
        Assert.DoesNotContain(homes.Citations, c => c.Quote.Contains("300 homes", StringComparison.Ordinal));
        Assert.Equal("flood-2.md", File(briefing, homes.Citations[0].SourceId));
    }

    [Fact]
    public async Task GenerateAsync_OneStory_EveryArticleInOneStoryAsBefore()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, Generate.Request(_inputs) with { OneStory = true });

        Assert.False(briefing.IsEdition);
        Assert.Equal(9, briefing.Story().SourceIds.Count);
        Assert.Empty(briefing.AlsoReported);
        Assert.Equal(briefing.Story().Title, briefing.Title);
    }

    [Fact]
    public async Task GenerateAsync_ArticlesThatDoNotGroup_OneStoryOfThemAllAsBeforeEditions()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromFilesAsync(services, [Path.Combine(_inputs, "ferry.md"), Directory.GetFiles(_inputs, "000_*").Single()]);

        Assert.False(briefing.IsEdition);
        Assert.Equal(2, briefing.Story().SourceIds.Count);
    }

    [Fact]
    public async Task GenerateAsync_MaxStoriesOne_TheOtherStoryBecomesAnAlsoReportedLine()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, Generate.Request(_inputs) with { MaxStories = 1 });

        Assert.Equal(5, briefing.Story().SourceIds.Count);
        Assert.Equal(2, briefing.AlsoReported.Count);
        Assert.StartsWith("flood-", File(briefing, briefing.AlsoReported[0].Citations[0].SourceId), StringComparison.Ordinal);
        Assert.Equal("ferry.md", File(briefing, briefing.AlsoReported[1].Citations[0].SourceId));
        Assert.Equal(7, briefing.Sources.Count);
    }

    [Fact]
    public async Task GenerateAsync_AlsoReportedCapZero_LeftOutAndReported()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Stories:AlsoReported"] = "0", ["Stories:MaxStories"] = "1" });

        var briefing = await Generate.FromAsync(services, _inputs);

        Assert.False(briefing.IsEdition);
        Assert.Empty(briefing.AlsoReported);
        Assert.Contains(briefing.Run.Warnings, w => w.StartsWith("2 more stories and single reports were left out", StringComparison.Ordinal));
        Assert.Equal(5, briefing.Sources.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task GenerateAsync_MaxStoriesOutOfRange_BadInputNamingStories(int stories)
    {
        using var services = Services.Build();

        var ex = await Assert.ThrowsAsync<BriefingException>(() => Generate.FromAsync(services, Generate.Request(_inputs) with { MaxStories = stories }));

        Assert.Equal(BriefingErrorKind.BadInput, ex.Kind);
        Assert.Equal("stories", ex.Subject);
    }

    [Fact]
    public async Task GenerateAsync_MixedInput_ProgressReportsTheStoriesStage()
    {
        using var services = Services.Build();
        var details = new Dictionary<string, string>();

        await services.GetService<IBriefingGenerator>()!.GenerateAsync(Generate.Request(_inputs), new InlineProgress(p => { if (p.Done) details[p.Stage] = p.Detail; }), default);

        Assert.Equal("2 stories (5, 3 articles), 1 also reported", details["stories"]);
        Assert.EndsWith("in 2 stories (extractive)", details["summarize"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_PagesThatAreNotArticles_NeitherStoriesNorAlsoReportedButInTheRunReport()
    {
        System.IO.File.WriteAllText(Path.Combine(_inputs, "missing.txt"), "Sorry, the page you requested was not found. Please check the URL for proper spelling and capitalization. This feature is not available right now. Please try again later.");
        System.IO.File.WriteAllText(Path.Combine(_inputs, "archive.txt"), "Since 1996 a crawler company has been donating its crawl data to the Internet Archive. Every day these data are added to the Wayback Machine after an embargo period. These crawls are part of an effort to keep pages as they change.");
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, _inputs);

        Assert.Equal([5, 3], briefing.Stories.Select(s => s.SourceIds.Count));
        Assert.Equal("ferry.md", File(briefing, Assert.Single(Assert.Single(briefing.AlsoReported).Citations).SourceId));
        Assert.Equal(9, briefing.Sources.Count);
        Assert.Equal(["archive.txt", "missing.txt"], briefing.Run.Skipped.Where(s => s.Reason.StartsWith("not an article: ", StringComparison.Ordinal)).Select(s => Path.GetFileName(s.Input)).Order());
    }

    private static string File(BriefingDocument briefing, string id) => Path.GetFileName(briefing.Sources.Single(s => s.Id == id).File);
}

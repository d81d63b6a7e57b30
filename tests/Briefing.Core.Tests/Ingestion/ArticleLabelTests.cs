using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class ArticleLabelTests
{
    [Fact]
    public void FromLead_LongLead_FirstTenWordsAndEllipsis()
    {
        var label = ArticleLabel.FromLead([["Talks between foreign ministers from the United States, Russia, Turkey, Iran, Jordan and Egypt came to a close.", "Second."]]);

        Assert.Equal("Talks between foreign ministers from the United States, Russia, Turkey…", label);
    }

    [Fact]
    public async Task Load_SeedsWithoutTitles_TitledByTheirLeadNotTheFileName()
    {
        var articles = await Stories.SeedsAsync();

        Assert.All(articles, a => Assert.DoesNotContain(Path.GetFileNameWithoutExtension(a.File), a.Title, StringComparison.Ordinal));
        Assert.True(articles[0].TitleIsLabel);
        Assert.StartsWith("Talks between foreign ministers", articles[0].Title, StringComparison.Ordinal);
    }
}

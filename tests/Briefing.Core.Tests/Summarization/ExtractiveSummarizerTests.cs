using Briefing.Summarization.Extractive;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Summarization;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer _engine = new(Options.Create(new ExtractiveOptions()));

    [Theory]
    [InlineData(60)]
    [InlineData(150)]
    [InlineData(250)]
    public async Task Summarize_Seeds_StaysWithinWordBudget(int budget)
    {
        var draft = _engine.Summarize(await Stories.SeedsAsync(), budget);

        var words = draft.Sections.SelectMany(s => s.Points).Sum(p => p.Text.Split(' ').Length);
        Assert.InRange(words, 1, budget);
    }

    [Fact]
    public async Task Summarize_Seeds_EveryPointCitesItsOwnSentenceFirstAndEveryQuoteIsASourceSentence()
    {
        var articles = await Stories.SeedsAsync();

        var draft = _engine.Summarize(articles, 250);

        var points = draft.Sections.SelectMany(s => s.Points).ToList();
        Assert.InRange(points.Count, 4, 14);
        Assert.All(points, p =>
        {
            Assert.Equal(p.Text, p.Citations[0].Quote);
            Assert.All(p.Citations, c => Assert.Contains(articles.Single(a => a.Id == c.SourceId).Sentences, s => s.Text == c.Quote));
            Assert.Equal(p.Citations.Count, p.Citations.Select(c => c.SourceId).Distinct().Count());
        });
        Assert.Equal(5, points.SelectMany(p => p.Citations).Select(c => c.SourceId).Distinct().Count());
        Assert.Equal("Key points", draft.Sections[0].Heading);
    }

    [Fact]
    public async Task Summarize_Seeds_KeyPointsAreTheMostCorroborated()
    {
        var draft = _engine.Summarize(await Stories.SeedsAsync(), 250);

        var key = draft.Sections[0].Points.Min(p => p.Citations.Count);
        var rest = draft.Sections.Skip(1).SelectMany(s => s.Points).Select(p => p.Citations.Count).DefaultIfEmpty(0).Max();
        Assert.True(key >= rest, $"key points cite {key}+ sources, a later point cites {rest}");
        Assert.True(draft.Sections[0].Points[0].Citations.Count >= 3);
    }

    [Fact]
    public void Summarize_NoCandidateSentences_ReturnsNoSections()
    {
        var draft = _engine.Summarize([Stories.Make("S1", "Too short.", "Also short.")], 100);

        Assert.Empty(draft.Sections);
    }
}

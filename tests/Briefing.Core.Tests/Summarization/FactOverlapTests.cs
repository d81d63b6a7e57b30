using Briefing.Summarization.Extractive;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Summarization;

public sealed class FactOverlapTests
{
    [Fact]
    public void Containment_ShortReportWithinLongSentence_HigherThanUnrelatedSentence()
    {
        var index = new StoryIndex(
        [
            Stories.Make("S1", "Talks between ministers from nine countries came to a close on Saturday without any breakthrough on the Syrian crisis.", "Kerry met Lavrov."),
            Stories.Make("S2", "The talks on the Syrian crisis came to a close without a breakthrough.", "Zarif was present at the talks."),
            Stories.Make("S3", "Aleppo was bombed again on Saturday.", "Aid convoys waited at the border."),
        ]);
        var facts = new FactOverlap(index);

        Assert.True(facts.Containment(0, 2) > 0.35);
        Assert.True(facts.Containment(0, 2) > facts.Containment(0, 3) + 0.2);
        Assert.Equal(facts.Containment(0, 2), facts.Containment(2, 0), 9);
    }

    [Fact]
    public void Containment_DifferentNumbers_Zero()
    {
        var index = new StoryIndex(
        [
            Stories.Make("S1", "The quake killed 120 people in Amatrice."),
            Stories.Make("S2", "The quake killed 250 people in Amatrice."),
        ]);

        Assert.Equal(0, new FactOverlap(index).Containment(0, 1));
    }

    [Fact]
    public async Task Summarize_Seeds_NoBreakthroughIsOnePointCitingAtLeastThreeSources()
    {
        var engine = new ExtractiveSummarizer(Options.Create(new ExtractiveOptions()));

        var draft = engine.Summarize(await Stories.SeedsAsync(), 250);

        var point = Assert.Single(draft.Sections.SelectMany(s => s.Points), p => p.Text.Contains("breakthrough", StringComparison.Ordinal));
        Assert.True(point.Citations.Select(c => c.SourceId).Distinct().Count() >= 3);
    }
}

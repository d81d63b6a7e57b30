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

    [Fact]
    public async Task Summarize_Seeds_TalksEndingIsOnePointEachOfWhoseQuotesStatesIt()
    {
        var engine = new ExtractiveSummarizer(Options.Create(new ExtractiveOptions()));

        var draft = engine.Summarize(await Stories.SeedsAsync(), 250);

        var ended = Assert.Single(draft.Sections.SelectMany(s => s.Points), p => FactTerms.Of(p.Text).Contains("end") && p.Text.Contains("talks", StringComparison.OrdinalIgnoreCase));
        Assert.True(ended.Citations.Count >= 3);
        Assert.All(ended.Citations, c => Assert.Contains("end", FactTerms.Of(c.Quote)));
    }

    [Fact]
    public void Same_SameEventInOtherWords_TrueOnlyAtTheEventThreshold()
    {
        var index = new StoryIndex(
        [
            Stories.Make("S1", "Talks on the Syrian crisis between nine foreign ministers came to a close on Saturday evening without a breakthrough.", "Kerry met Lavrov in Lausanne before the talks."),
            Stories.Make("S2", "Talks in the Swiss city on the crisis have ended with no concrete action to stop the violence.", "Ministers from Iran and Qatar attended the talks."),
            Stories.Make("S3", "Kerry described the talks on the Syrian crisis on Saturday evening as a candid brainstorming session.", "A ceasefire in Syria collapsed last month."),
        ]);
        var facts = new FactOverlap(index);

        Assert.InRange(facts.Containment(0, 2), 0.2, 0.35);
        Assert.True(facts.Same(0, 2, 0.35, 0.2));
        Assert.False(facts.Same(0, 2, 0.35, 1));
        Assert.True(facts.Containment(0, 4) >= 0.2);
        Assert.False(facts.Same(0, 4, 0.35, 0.2));
    }

    [Theory]
    [InlineData("Police arrested the former treasurer at his home on Sunday.", "The former treasurer was taken into custody at his home on Sunday.", "arrest")]
    [InlineData("The walkout by hospital porters entered its third day.", "Hospital porters walked off the job three days ago.", "strike")]
    [InlineData("A walkout by dock workers closed the port.", "Dock workers are on strike at the port.", "strike")]
    public void Of_OtherWordingsOfAnArrestOrAStrike_OneTerm(string first, string second, string term)
    {
        Assert.Contains(term, FactTerms.Of(first));
        Assert.Contains(term, FactTerms.Of(second));
    }

    [Fact]
    public void Same_ArrestInOtherWords_TheSameEvent()
    {
        var index = new StoryIndex(
        [
            Stories.Make("S1", "Police arrested the town's former treasurer at his home on Sunday over the missing pension funds.", "The council has called in auditors."),
            Stories.Make("S2", "The former treasurer was taken into custody, prosecutors in the northern province said in a brief statement.", "He denies wrongdoing."),
        ]);
        var facts = new FactOverlap(index);

        Assert.True(FactTerms.IsEvent("arrest"));
        Assert.InRange(facts.Containment(0, 2), 0.2, 0.35);
        Assert.False(facts.Same(0, 2, 0.35, 1));
        Assert.True(facts.Same(0, 2, 0.35, 0.2));
    }

    [Fact]
    public void Same_OneDeniesWhatTheOtherStates_NotTheSameEvent()
    {
        var index = new StoryIndex(
        [
            Stories.Make("S1", "The council vote on the stadium plan was postponed on Monday after a long debate.", "The mayor backs the plan."),
            Stories.Make("S2", "The council said the vote would not be delayed despite protests from residents.", "Residents marched on Sunday."),
        ]);
        var facts = new FactOverlap(index);

        Assert.InRange(facts.Containment(0, 2), 0.2, 0.35);
        Assert.False(facts.Same(0, 2, 0.35, 0.2));
    }

    // A made-up story in other words than the seeds: three outlets report that a strike ended, each in its own way.
    private static IReadOnlyList<Briefing.Domain.Article> StrikeStory() =>
    [
        Stories.Make("A",
            "The nine-day stand-off between Riverton bus drivers and the city came to an end on Tuesday after union members accepted a revised pay offer.",
            "Buses will run a full timetable from Wednesday morning, the Riverton transit authority said.",
            "Commuters had queued for taxis and packed suburban trains across Riverton for more than a week.",
            "Union leader Maria Okafor said drivers had shown remarkable patience throughout the dispute."),
        Stories.Make("B",
            "Riverton's transit strike has ended, the drivers' union announced late on Tuesday.",
            "Drivers will receive a 4 percent raise this year and another next spring under the agreement.",
            "Shop owners in central Riverton reported a sharp fall in trade while the buses stood idle.",
            "The transit authority thanked passengers for their understanding during the dispute."),
        Stories.Make("C",
            "The bus strike that paralysed public transport in Riverton for nine days concluded on Tuesday.",
            "Service is expected to return to normal by the weekend, with night routes restored first.",
            "Schools had reported falling attendance as pupils struggled to reach classrooms without buses.",
            "Okafor thanked drivers' families for supporting the picket lines in freezing weather."),
    ];

    [Fact]
    public void Summarize_StrikeEndedInThreeWordings_OnePointCitingAllThree()
    {
        var engine = new ExtractiveSummarizer(Options.Create(new ExtractiveOptions()));

        var draft = engine.Summarize(StrikeStory(), 120);

        var points = draft.Sections.SelectMany(s => s.Points).ToList();
        var ended = Assert.Single(points, p => p.Text.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Equal(["A", "B", "C"], ended.Citations.Select(c => c.SourceId).Order());
        Assert.All(ended.Citations, c => Assert.Contains("Tuesday", c.Quote, StringComparison.Ordinal));
        Assert.True(points.Count >= 3);
    }

    [Fact]
    public void Summarize_StrikeStoryWithoutTheEventBar_ListsTheEndingTwice()
    {
        var engine = new ExtractiveSummarizer(Options.Create(new ExtractiveOptions { SameEventThreshold = 1 }));

        var draft = engine.Summarize(StrikeStory(), 120);

        Assert.True(draft.Sections.SelectMany(s => s.Points).Count(p => p.Text.Contains("Tuesday", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public void Summarize_TwoStrikesEndingInOtherWordsWithDifferentFigures_StayTwoPoints()
    {
        var engine = new ExtractiveSummarizer(Options.Create(new ExtractiveOptions()));
        Briefing.Domain.Article[] articles =
        [
            Stories.Make("A",
                "Bus drivers in Riverton ended their 9-day strike on Tuesday with a 4 percent raise.",
                "Buses will run a full timetable from Wednesday morning, the transit authority said."),
            Stories.Make("B",
                "Lakeport's tram crews concluded a 12-day walkout on Friday after winning 6 percent more pay.",
                "Trams return to the harbour line first, the operator said on its website."),
            Stories.Make("C",
                "Transport unions in the region ended two strikes this week after long disputes over pay.",
                "Further walkouts by ferry crews remain possible, union officials warned."),
        ];

        var draft = engine.Summarize(articles, 120);

        var points = draft.Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
        Assert.Contains(articles[0].Sentences[0].Text, points);
        Assert.Contains(articles[1].Sentences[0].Text, points);
    }
}

using Briefing.Disagreements;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Disagreements;

public sealed class DisagreementDetectorTests
{
    private readonly DisagreementDetector _detector = new(Options.Create(new DisagreementOptions()));

    [Fact]
    public async Task Detect_Seeds_FindsDeathTollAndTrappedCivilians()
    {
        var disagreements = _detector.Detect(await Stories.SeedsAsync());

        var toll = Assert.Single(disagreements, d => d.Topic == "Death toll");
        Assert.Equal(
            ["hundreds of thousands of people", "more than 400,000 people", "as many as a half-million people"],
            toll.Positions.Select(p => p.Value));
        Assert.Equal(["S1", "S3", "S4"], toll.Positions.Select(p => p.SourceId));
        var civilians = Assert.Single(disagreements, d => d.Positions.Any(p => p.Value == "275,000 civilians"));
        Assert.Equal(["275,000 civilians", "some quarter of a million civilians"], civilians.Positions.Select(p => p.Value));
    }

    [Fact]
    public async Task Detect_Seeds_DoesNotFlagFactsTheSourcesAgreeOn()
    {
        var disagreements = _detector.Detect(await Stories.SeedsAsync());

        // "some 140 people" killed at a funeral in Yemen is another fact, not a rival death toll.
        Assert.DoesNotContain(disagreements.SelectMany(d => d.Positions), p => p.Value.Contains("140"));
        Assert.Equal(2, disagreements.Count);
    }

    [Fact]
    public void Detect_SameFigureInTwoSources_IsNotADisagreement()
    {
        var a = Stories.Make("S1", "The earthquake killed 1,200 people in the region, officials said on Monday.");
        var b = Stories.Make("S2", "Officials said 1,200 people were killed by the earthquake in the region.");

        Assert.Empty(_detector.Detect([a, b]));
    }

    [Fact]
    public void Detect_DifferentFiguresForSameFact_QuotesEachSide()
    {
        var a = Stories.Make("S1", "The earthquake killed 1,200 people in the region, officials said on Monday.");
        var b = Stories.Make("S2", "Rescuers said at least 2,000 people were killed by the earthquake.");

        var d = Assert.Single(_detector.Detect([a, b]));

        Assert.Equal("Death toll", d.Topic);
        Assert.Equal([("S1", "1,200 people"), ("S2", "at least 2,000 people")], d.Positions.Select(p => (p.SourceId, p.Value)));
        Assert.Equal(a.Sentences[0].Text, d.Positions[0].Quote);
    }

    [Theory]
    [InlineData("more than 400,000 people", 400_000)]
    [InlineData("as many as a half-million people", 500_000)]
    [InlineData("hundreds of thousands of people", 200_000)]
    [InlineData("some quarter of a million civilians", 250_000)]
    [InlineData("2.5 million refugees", 2_500_000)]
    public void Extract_Figures_ParsesValue(string phrase, double value)
    {
        var mention = Assert.Single(QuantityExtractor.Extract(0, $"Officials said {phrase} were affected."));

        Assert.Equal(value, mention.Value);
        Assert.Equal(phrase, mention.Phrase);
    }

    [Theory]
    [InlineData("The war began in 2011 and goes on.")]
    [InlineData("A 40-minute meeting took place.")]
    [InlineData("Prices rose 5% this year.")]
    public void Extract_YearsAndCompounds_AreNotFigures(string text) =>
        Assert.Empty(QuantityExtractor.Extract(0, text));
}

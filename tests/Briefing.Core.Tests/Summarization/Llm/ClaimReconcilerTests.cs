using Briefing.LlmClient;
using Briefing.Summarization.Llm;

namespace Briefing.Tests.Summarization.Llm;

public sealed class ClaimReconcilerTests
{
    private static readonly IReadOnlyList<ArticleClaims> Claims =
    [
        new("S1", [
            new("Talks in Lausanne ended without a deal on Saturday.", ["The talks in Lausanne ended on Saturday without a deal.", "No deal was reached."]),
            new("Kerry will brief allies in London on Sunday.", ["Kerry will brief European allies in London on Sunday."]),
            new("Lavrov praised the format of the meeting.", ["Lavrov said the format of the meeting was useful."]),
        ], ClaimOrigin.Model),
        new("S2", [
            new("Iran and Saudi Arabia attended the meeting.", ["Iran and Saudi Arabia sent their foreign ministers to the meeting."]),
            new("The Lausanne talks ended Saturday with no deal.", ["The Lausanne talks ended Saturday with no deal reached."]),
        ], ClaimOrigin.Model),
    ];

    [Fact]
    public void Select_EverythingFits_EveryClaimWithAllItsQuotes()
    {
        var selected = ClaimReconciler.Select(new ClaimGraph(Claims), Claims, 100_000, TokenCounter.CharactersOver4);

        Assert.Equal(Claims.Select(c => c.Claims), selected.Select(c => c.Claims));
    }

    [Fact]
    public void Select_OverBudget_FirstClaimsAndContestedFiguresBeforeCorroboratedOnes()
    {
        IReadOnlyList<ArticleClaims> claims =
        [
            new("S1", [
                new("Talks in Lausanne ended without a deal on Saturday.", ["The talks in Lausanne ended on Saturday without a deal."]),
                new("Kerry will brief allies in London on Sunday.", ["Kerry will brief European allies in London on Sunday."]),
                new("An air strike in Aleppo killed 120 people.", ["An air strike in Aleppo killed 120 people, rescuers said."]),
            ], ClaimOrigin.Model),
            new("S2", [
                new("The Lausanne talks ended Saturday with no deal.", ["The Lausanne talks ended Saturday with no deal reached."]),
                new("The Aleppo air strike killed 150 people.", ["The air strike on Aleppo killed 150 people, activists said."]),
            ], ClaimOrigin.Model),
        ];
        var budget = ClaimReconciler.Tokens(claims[0].Claims[0], TokenCounter.CharactersOver4) + ClaimReconciler.Tokens(claims[1].Claims[0], TokenCounter.CharactersOver4)
            + ClaimReconciler.Tokens(claims[0].Claims[2], TokenCounter.CharactersOver4) + ClaimReconciler.Tokens(claims[1].Claims[1], TokenCounter.CharactersOver4);

        var selected = ClaimReconciler.Select(new ClaimGraph(claims), claims, budget, TokenCounter.CharactersOver4);

        Assert.Equal([claims[0].Claims[0], claims[0].Claims[2]], selected[0].Claims);
        Assert.Equal(claims[1].Claims, selected[1].Claims);
    }

    [Fact]
    public void Reconcile_SimilarClaimsFromTwoSources_OneKeyPointCitingBoth()
    {
        var draft = ClaimReconciler.Reconcile(new ClaimGraph(Claims), 250);

        var key = Assert.Single(draft.Sections, s => s.Heading == "Key points");
        var point = Assert.Single(key.Points);
        Assert.Equal(["S1", "S1", "S2"], point.Citations.Select(c => c.SourceId));
        Assert.Equal(3, draft.Sections.Single(s => s.Heading == "Details").Points.Count);
    }
}

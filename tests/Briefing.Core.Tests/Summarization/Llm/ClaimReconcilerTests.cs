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
    public void Select_EverySourcesFirstClaimThenTheCorroboratedOnes_OneQuoteEach_WithinBudget()
    {
        // First claims: 19 + 17 words; the corroborated S2 claim (17) fits 55, the uncorroborated Kerry claim (16) then does not.
        var selected = ClaimReconciler.Select(new ClaimGraph(Claims), Claims, 55);

        Assert.Equal(["Talks in Lausanne ended without a deal on Saturday."], selected[0].Claims.Select(c => c.Claim));
        Assert.Equal(["Iran and Saudi Arabia attended the meeting.", "The Lausanne talks ended Saturday with no deal."], selected[1].Claims.Select(c => c.Claim));
        Assert.All(selected.SelectMany(s => s.Claims), c => Assert.Single(c.Quotes));
    }

    [Fact]
    public void Reconcile_SimilarClaimsFromTwoSources_OneKeyPointCitingBoth()
    {
        var draft = ClaimReconciler.Reconcile(new ClaimGraph(Claims), 250);

        var key = Assert.Single(draft.Sections, s => s.Heading == "Key points");
        var point = Assert.Single(key.Points);
        Assert.Equal(["S1", "S2"], point.Citations.Select(c => c.SourceId));
        Assert.Equal(3, draft.Sections.Single(s => s.Heading == "Details").Points.Count);
    }
}

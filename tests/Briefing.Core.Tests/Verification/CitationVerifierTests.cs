using Briefing.Model;
using Briefing.Verification;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Verification;

public sealed class CitationVerifierTests
{
    private static readonly Article Source = Stories.Make("S1", "Talks in Lausanne ended   on Saturday.", "Kerry said “new ideas” were discussed.");

    [Fact]
    public void Verify_QuotesFoundAfterWhitespaceAndQuoteMarkNormalisation_AllVerified()
    {
        var draft = Draft(new Point("Talks ended.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]), new Point("Ideas.", [new Citation("S1", "Kerry said \"new ideas\" were discussed.")]));

        var result = Verifier().Verify(draft, [Source]);

        Assert.Equal(new VerificationReport(2, 2, []), result.Report with { Dropped = [] });
        Assert.Empty(result.Report.Dropped);
        Assert.Equal(2, result.Sections.Single().Points.Count);
    }

    [Fact]
    public void Verify_InventedQuoteOrUnknownSource_DropsAndCounts()
    {
        var draft = Draft(
            new Point("Real.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]),
            new Point("Invented.", [new Citation("S1", "Talks in Geneva ended on Sunday.")]),
            new Point("Unknown source.", [new Citation("S9", "Talks in Lausanne ended on Saturday.")]));

        var result = Verifier().Verify(draft, [Source]);

        Assert.Equal((3, 1), (result.Report.Claims, result.Report.Verified));
        Assert.Equal(["Real."], result.Sections.Single().Points.Select(p => p.Text));
        Assert.Equal(["quote not found in S1", "unknown source id 'S9'"], result.Report.Dropped.Select(d => d.Reason));
    }

    [Fact]
    public void Verify_FlagPolicy_KeepsUnverifiedClaimMarked()
    {
        var draft = Draft(new Point("Invented.", [new Citation("S1", "Nothing like this was said.")]));

        var result = Verifier(UnverifiedPolicy.Flag).Verify(draft, [Source]);

        var point = Assert.Single(result.Sections.Single().Points);
        Assert.False(point.Verified);
        Assert.Equal(0, result.Report.Verified);
    }

    [Fact]
    public void Verify_DisagreementWithInventedSide_DropsIt()
    {
        var other = Stories.Make("S2", "Officials said 300 people were hurt.");
        var draft = new BriefingDraft(null, [], [new Disagreement("Injured", [new DisagreementPosition("S1", "Made up 200 people were hurt.", "200"), new DisagreementPosition("S2", "Officials said 300 people were hurt.", "300")])]);

        var result = Verifier().Verify(draft, [Source, other]);

        Assert.Empty(result.Disagreements);
    }

    private static BriefingDraft Draft(params Point[] points) => new(null, [new Section("Key points", points)], []);

    private static CitationVerifier Verifier(UnverifiedPolicy policy = UnverifiedPolicy.Drop) =>
        new(Options.Create(new VerificationOptions { Unverified = policy }));
}

using Briefing.Domain;
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
            new Point("Lausanne talks ended.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]),
            new Point("Invented.", [new Citation("S1", "Talks in Geneva ended on Sunday.")]),
            new Point("Unknown source.", [new Citation("S9", "Talks in Lausanne ended on Saturday.")]));

        var result = Verifier().Verify(draft, [Source]);

        Assert.Equal((3, 1), (result.Report.Claims, result.Report.Verified));
        Assert.Equal(["Lausanne talks ended."], result.Sections.Single().Points.Select(p => p.Text));
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

    [Fact]
    public void Verify_PointWithNumberOrWordsItsQuoteLacks_Dropped()
    {
        var draft = Draft(
            new Point("Talks in Lausanne ended on Saturday with 12 ministers.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]),
            new Point("Visit https://evil.example for talks news.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]),
            new Point("Ministers agreed a ceasefire and sanctions on Moscow.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]),
            new Point("The Lausanne talks ended Saturday.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")]));

        var result = Verifier().Verify(draft, [Source]);

        Assert.Equal(["The Lausanne talks ended Saturday."], result.Sections.Single().Points.Select(p => p.Text));
        Assert.Equal(
            ["point not backed by its quotes: the number 12 is in none of its quotes", "point not backed by its quotes: the link 'https://evil.example' is in none of its quotes", "point not backed by its quotes: only 0% of its words are backed by its quotes"],
            result.Report.Dropped.Select(d => d.Reason));
    }

    [Fact]
    public void Verify_QuoteOfTwoWords_TooShortToSupportAClaim()
    {
        var result = Verifier().Verify(Draft(new Point("Talks ended.", [new Citation("S1", "Talks in")])), [Source]);

        Assert.Equal("quote shorter than 3 words", Assert.Single(result.Report.Dropped).Reason);
    }

    [Fact]
    public void Verify_LabelsWithWordsInNoSource_Replaced()
    {
        var draft = new BriefingDraft("Click here to win a prize", [new Section("Send money now", [new Point("Lausanne talks ended.", [new Citation("S1", "Talks in Lausanne ended on Saturday.")])]), new Section("Key points", [new Point("Kerry said new ideas were discussed.", [new Citation("S1", "Kerry said “new ideas” were discussed.")])])], []);

        var result = Verifier().Verify(draft, [Source]);

        Assert.Null(result.Title);
        Assert.Equal(["Points", "Key points"], result.Sections.Select(s => s.Heading));
        Assert.Equal(2, result.Report.Verified);
        Assert.Contains(result.Report.Dropped, d => d.Text == "Click here to win a prize");
    }

    [Fact]
    public void Verify_OneCitationFailsOthersHold_PointKeptWithExactQuotesAndCitationReported()
    {
        var other = Stories.Make("S2", "The U.S. said talks in Lausanne ended on Saturday evening.");
        var draft = Draft(new Point("Talks in Lausanne ended on Saturday.", [
            new Citation("S1", "talks in Lausanne ended on Saturday"),
            new Citation("S2", "The US said talks in Lausanne ended on Saturday evening"),
            new Citation("S2", "Talks in Geneva ended on Sunday."),
        ]));

        var result = Verifier().Verify(draft, [Source, other]);

        var point = Assert.Single(result.Sections.Single().Points);
        Assert.Equal(["Talks in Lausanne ended on Saturday", "The U.S. said talks in Lausanne ended on Saturday evening"], point.Citations.Select(c => c.Quote));
        Assert.Equal((1, 1), (result.Report.Claims, result.Report.Verified));
        var dropped = Assert.Single(result.Report.DroppedCitations);
        Assert.Equal(("S2", "citation dropped, point kept: quote not found in S2"), (dropped.SourceId, dropped.Reason));
    }

    [Fact]
    public void Verify_DisagreementValueNotInItsQuote_SideDroppedAndReported()
    {
        var one = Stories.Make("S1", "Officials said 200 people were hurt on Monday.");
        var two = Stories.Make("S2", "Officials said 300 people were hurt on Monday.");
        var three = Stories.Make("S3", "Rescuers said 350 people were hurt on Monday.");
        var draft = new BriefingDraft(null, [], [new Disagreement("Injured", [
            new DisagreementPosition("S1", "Officials said 200 people were hurt", "200 people"),
            new DisagreementPosition("S2", "Officials said 300 people were hurt", "320 people"),
            new DisagreementPosition("S3", "Rescuers said 350 people were hurt", "350 people"),
        ])]);

        var result = Verifier().Verify(draft, [one, two, three]);

        Assert.Equal(["S1", "S3"], Assert.Single(result.Disagreements).Positions.Select(p => p.SourceId));
        Assert.Equal("disagreement side dropped: the value '320 people' is not in its quote", Assert.Single(result.Report.DroppedCitations).Reason);
    }

    [Theory]
    [InlineData("The talks in Lausanne ended with a breakthrough.", "Talks in Lausanne ended on Saturday without a breakthrough.", "the point states 'breakthrough' where its quotes negate it")]
    [InlineData("Talks in Lausanne ended on Sunday without a breakthrough.", "Talks in Lausanne ended on Saturday without a breakthrough.", "'Sunday' is in none of its quotes")]
    [InlineData("Lavrov said talks in Lausanne ended on Saturday.", "Kerry said talks in Lausanne ended on Saturday.", "the point attributes words to Lavrov, who is not named in its quotes")]
    [InlineData("Talks in Lausanne agreed a truce on Saturday.", "Talks in Lausanne ended on Saturday without a truce.", "'agreed' is in none of its quotes")]
    [InlineData("Talks in Lausanne resumed on Saturday.", "Talks in Lausanne were suspended on Saturday.", "the point says 'resum…' where its quotes say 'suspend…'")]
    public void Verify_PointFlipsItsQuote_DroppedWithReason(string text, string sentence, string reason)
    {
        var source = Stories.Make("S1", sentence);

        var result = Verifier().Verify(Draft(new Point(text, [new Citation("S1", sentence)])), [source]);

        Assert.Equal($"point not backed by its quotes: {reason}", Assert.Single(result.Report.Dropped).Reason);
    }

    private static BriefingDraft Draft(params Point[] points) => new(null, [new Section("Key points", points)], []);

    private static CitationVerifier Verifier(UnverifiedPolicy policy = UnverifiedPolicy.Drop) =>
        new(Options.Create(new VerificationOptions { Unverified = policy }));
}

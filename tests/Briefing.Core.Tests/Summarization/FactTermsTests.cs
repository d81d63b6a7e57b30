using Briefing.Summarization.Extractive;

namespace Briefing.Tests.Summarization;

public sealed class FactTermsTests
{
    [Theory]
    [InlineData("The talks came to a close on Saturday.")]
    [InlineData("The latest round of talks has come to an end.")]
    [InlineData("Talks in Switzerland have ended.")]
    [InlineData("The summit concluded in Lausanne.")]
    [InlineData("Negotiators wrapped up the meeting late on Friday.")]
    public void Of_WaysOfSayingSomethingEnded_GiveOneTerm(string sentence)
    {
        var terms = FactTerms.Of(sentence);

        Assert.Contains("end", terms);
        Assert.DoesNotContain("close", terms);
        Assert.DoesNotContain("came", terms);
    }

    [Theory]
    [InlineData("The vote was postponed until March.", "postpon")]
    [InlineData("The vote was put off until March.", "postpon")]
    [InlineData("The vote was delayed until March.", "postpon")]
    [InlineData("Organisers called off the match.", "cancel")]
    [InlineData("Organisers cancelled the match.", "cancel")]
    public void Of_PostponedOrCalledOff_GiveTheEventsTerm(string sentence, string term)
    {
        Assert.Contains(term, FactTerms.Of(sentence));
        Assert.True(FactTerms.IsEvent(term));
    }

    [Fact]
    public void Of_DenialAndCloseAsAdjective_NegationMarkerAndNoEvent()
    {
        var denied = FactTerms.Of("Talks ended without a breakthrough.");
        var close = FactTerms.Of("A close aide of the minister spoke.");

        Assert.Contains(FactTerms.Negation, denied);
        Assert.DoesNotContain(FactTerms.Negation, close);
        Assert.DoesNotContain(close, FactTerms.IsEvent);
    }
}

using Briefing.Stories;

namespace Briefing.Tests.Grouping;

public sealed class LeadLineTests
{
    [Fact]
    public void For_FurnitureAndDatelineFirst_TheFirstNewsSentenceQuotedVerbatim()
    {
        var article = Stories.Make("S1", "Sign up for our daily newsletter to get the top stories in your inbox every morning.", "TROMSØ, Norway.", "The city council approved a new ferry route to the outer islands on Tuesday.");

        var line = LeadLine.For(article);

        Assert.Equal("The city council approved a new ferry route to the outer islands on Tuesday.", line.Text);
        Assert.Equal(line.Text, Assert.Single(line.Citations).Quote);
        Assert.Equal("S1", line.Citations[0].SourceId);
    }

    [Fact]
    public void For_OneHugeSentence_CutToItsOpeningWords()
    {
        var huge = string.Join(' ', Enumerable.Range(1, 500).Select(i => $"word{i}"));
        var article = Stories.Make("S1", huge);

        var line = LeadLine.For(article);

        Assert.Equal(LeadLine.MaxWords, line.Text.Split(' ').Length);
        Assert.StartsWith(line.Text, huge, StringComparison.Ordinal);
        Assert.Equal(line.Text, line.Citations[0].Quote);
    }
}

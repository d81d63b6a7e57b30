using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. and the U.N. met in St. Louis. Then they left.", 2)]
    [InlineData("Mr. Kerry arrived on Sept. 12 and left Oct. 3. Lavrov stayed.", 2)]
    [InlineData("John F. Kennedy spoke. Growth was 2.5 percent.", 2)]
    [InlineData("\"We agreed,\" Lavrov said. \"We will meet again.\"", 2)]
    [InlineData("He spoke (briefly.) Then he went home.", 2)]
    [InlineData("Is it over? Nobody knows! Talks go on.", 3)]
    [InlineData("Talks ended, says U.S. The next round is Monday.", 2)]
    [InlineData("Officials from the U.S. Treasury attended.", 1)]
    public void Split_NewsProse_FindsSentenceBoundaries(string text, int expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences.Count);
    }

    [Fact]
    public void Split_Always_ReturnsVerbatimSpansWithWhitespaceCollapsed()
    {
        var text = "Talks ended   in Lausanne.\nKerry said the   parties agreed. ”But not on Aleppo,” he added.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["Talks ended in Lausanne.", "Kerry said the parties agreed.", "”But not on Aleppo,” he added."], sentences);
        Assert.All(sentences, s => Assert.Contains(s, Whitespace.Collapse(text)));
    }
}

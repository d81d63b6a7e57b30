using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData("Talks ended on Saturday.", 4)]
    [InlineData("洛桑会谈结束。", 6)]
    [InlineData("新しいiPhone手机", 6)]
    [InlineData("서울에서 회담이 열렸다.", 3)]
    [InlineData("", 0)]
    public void CountWords_MixedScripts_CountsIdeographsOneEach(string text, int expected) =>
        Assert.Equal(expected, Scripts.CountWords(text));

    [Fact]
    public void TokenizerCountWords_Chinese_CountsEachCharacter() =>
        Assert.Equal(8, Tokenizer.CountWords("洛桑会谈无果而终。"));

    [Fact]
    public void Split_ChineseEndMarks_SplitsWithoutSpaces()
    {
        var sentences = SentenceSplitter.Split("会谈于星期六结束。各方没有达成突破！下一轮会谈在哪里？“我们会继续努力。”克里说。");

        Assert.Equal(["会谈于星期六结束。", "各方没有达成突破！", "下一轮会谈在哪里？", "“我们会继续努力。”", "克里说。"], sentences);
    }
}

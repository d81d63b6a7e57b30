using Briefing.LlmClient;

namespace Briefing.Tests.LlmClient;

public sealed class TokenCounterTests
{
    [Theory]
    [InlineData("gpt-4o-mini", TokenCounter.O200k)]
    [InlineData("gpt-4.1", TokenCounter.O200k)]
    [InlineData("GPT-5", TokenCounter.O200k)]
    [InlineData("o3-mini", TokenCounter.O200k)]
    [InlineData("gpt-4", TokenCounter.Cl100k)]
    [InlineData("gpt-4-turbo", TokenCounter.Cl100k)]
    [InlineData("gpt-35-turbo", TokenCounter.Cl100k)]
    [InlineData("llama3.1:8b", null)]
    [InlineData("", null)]
    public void EncodingOf_ModelName_TheModelFamilysEncoding(string model, string? encoding) =>
        Assert.Equal(encoding, TokenCounter.EncodingOf(model));

    [Fact]
    public void For_UnknownModelWithTokenizerSetting_UsesTheSetting()
    {
        var counter = TokenCounter.For(new LlmOptions { Model = "qwen2.5:7b", Tokenizer = "cl100k_base" });

        Assert.Equal(TokenCounter.Cl100k, counter.Encoding);
        Assert.False(counter.Estimated);
    }

    [Fact]
    public void For_AzureDeploymentWithoutModel_FallsBackToCharactersOver4()
    {
        var counter = TokenCounter.For(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Deployment = "prod-summarizer" });

        Assert.True(counter.Estimated);
        Assert.Equal(3, counter.Count("abcdefghij"));
    }

    [Fact]
    public void Count_ChineseText_RealTokensFarAboveCharactersOver4()
    {
        var o200k = TokenCounter.For(new LlmOptions { Model = "gpt-4o" });

        var real = o200k.Count(Chinese.Article1);

        Assert.True(real > 2 * TokenCounter.CharactersOver4.Count(Chinese.Article1), $"{real} tokens");
    }

    [Fact]
    public void FittingLength_Emoji_NeverCutsASurrogatePair()
    {
        var o200k = TokenCounter.For(new LlmOptions { Model = "gpt-4o" });
        var text = string.Concat(Enumerable.Repeat("🎉🇨🇭👨‍👩‍👧", 20));

        var cut = o200k.FittingLength(text, 7);

        Assert.InRange(cut, 1, text.Length - 1);
        Assert.False(char.IsHighSurrogate(text[cut - 1]));
        Assert.True(o200k.Count(text[..cut]) <= 7);
    }
}

using Briefing.LlmClient;
using Briefing.Summarization.Llm;

namespace Briefing.Tests.Summarization.Llm;

public sealed class ChunkerTests
{
    private static readonly string[] Texts = Enumerable.Range(1, 10).Select(i => $"Sentence {i:00} is exactly forty-six characters long").ToArray();

    [Fact]
    public void Split_FitsBudgetOnSentenceBoundariesWithOverlap()
    {
        var article = Stories.Make("S1", Texts);

        // 48 characters = 12 tokens, +1 per sentence: 3 sentences fit a 40-token budget, 4 do not.
        var chunks = Chunker.Split(article.Sentences, 40, overlap: 1, TokenCounter.CharactersOver4);

        Assert.Equal(
            [[1, 2, 3], [3, 4, 5], [5, 6, 7], [7, 8, 9], [9, 10]],
            chunks.Select(c => System.Text.RegularExpressions.Regex.Matches(c, @"Sentence (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
        Assert.All(chunks, c => Assert.True(c.Length / 4 <= 40));
    }

    [Fact]
    public void Split_ShortArticle_OneChunkHoldingEverySentence()
    {
        var article = Stories.Make("S1", Texts);

        var chunk = Assert.Single(Chunker.Split(article.Sentences, 3000, overlap: 2, TokenCounter.CharactersOver4));

        Assert.Equal(string.Join(" ", Texts), chunk);
    }

    [Fact]
    public void Split_SentenceLongerThanBudget_CutIntoPiecesThatFitAndProgress()
    {
        var article = Stories.Make("S1", new string('x', 400) + ".", "Short one here.", "Another short one.");

        var chunks = Chunker.Split(article.Sentences, 20, overlap: 0, TokenCounter.CharactersOver4);

        Assert.All(chunks, c => Assert.InRange(TokenCounter.CharactersOver4.Count(c), 1, 20));
        Assert.Equal(5, chunks.Count(c => c == new string('x', 80)));
        Assert.Equal(". Short one here. Another short one.", chunks[^1]);
    }

    public static TheoryData<string, string> HardScripts => new()
    {
        { "chinese", Chinese.Article1 + "\n\n" + Chinese.Article2 },
        { "arabic", string.Concat(Enumerable.Repeat("انتهت محادثات لوزان يوم السبت دون التوصل إلى اتفاق بشأن سوريا، وقال وزير الخارجية إن الجهود ستستمر. ", 12)) },
        { "emoji", string.Concat(Enumerable.Repeat("Fans cheered 🎉🎉🔥 as the team won 🏆🇨🇭 in Lausanne 👨‍👩‍👧‍👦 tonight. ", 15)) },
        { "one paragraph", string.Join(" ", Enumerable.Range(1, 300).Select(i => $"clause{i} of a sentence that never ends and keeps going,")) + " the end." },
    };

    [Theory]
    [MemberData(nameof(HardScripts))]
    public void Split_RealTokens_NoChunkOverTheBudgetAndNothingLost(string script, string text)
    {
        var tokens = TokenCounter.For(new LlmOptions { Model = "gpt-4o-mini" });
        var article = Stories.Make("S1", text);

        var chunks = Chunker.Split(article.Sentences, 60, overlap: 0, tokens);

        Assert.True(chunks.Count > 1, script);
        Assert.All(chunks, c => Assert.InRange(tokens.Count(c), 1, 60));
        Assert.Equal(Squeeze(string.Join(" ", article.Sentences.Select(s => s.Text))), Squeeze(string.Concat(chunks)));
    }

    [Fact]
    public void Split_ChineseAtCharactersOver4Budget_WouldOverflowInRealTokens()
    {
        var tokens = TokenCounter.For(new LlmOptions { Model = "gpt-4o" });
        var article = Stories.Make("S1", Chinese.Article1);

        var estimated = Chunker.Split(article.Sentences, 60, overlap: 0, TokenCounter.CharactersOver4);

        Assert.Contains(estimated, c => tokens.Count(c) > 60);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

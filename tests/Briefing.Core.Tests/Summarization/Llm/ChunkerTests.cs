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
        var chunks = Chunker.Split(article.Sentences, 40, overlap: 1);

        Assert.Equal(
            [[1, 2, 3], [3, 4, 5], [5, 6, 7], [7, 8, 9], [9, 10]],
            chunks.Select(c => System.Text.RegularExpressions.Regex.Matches(c, @"Sentence (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
        Assert.All(chunks, c => Assert.True(c.Length / 4 <= 40));
    }

    [Fact]
    public void Split_ShortArticle_OneChunkHoldingEverySentence()
    {
        var article = Stories.Make("S1", Texts);

        var chunk = Assert.Single(Chunker.Split(article.Sentences, 3000, overlap: 2));

        Assert.Equal(string.Join(" ", Texts), chunk);
    }

    [Fact]
    public void Split_SentenceLongerThanBudget_OwnChunkAndProgress()
    {
        var article = Stories.Make("S1", new string('x', 400) + ".", "Short one here.", "Another short one.");

        var chunks = Chunker.Split(article.Sentences, 20, overlap: 2);

        Assert.Equal(2, chunks.Count);
        Assert.StartsWith("xxxx", chunks[0], StringComparison.Ordinal);
        Assert.Equal("Short one here. Another short one.", chunks[1]);
    }
}

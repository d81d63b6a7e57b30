using System.Text.Json;
using Briefing.Evaluation;
using Xunit.Abstractions;

namespace Briefing.Tests.Evaluation;

public sealed class RougeScorerTests(ITestOutputHelper output)
{
    [Fact]
    public void Score_PerlRouge155Vectors_MatchWithin0001()
    {
        var eval = Repo.SharedEval;
        if (eval is null)
        {
            output.WriteLine("SKIPPED: ../shared/eval is absent, so the ROUGE-1.5.5 vectors cannot be checked.");
            return;
        }

        var scorer = new RougeScorer(RougeTokenizer.FromExceptionFile(Path.Combine(eval, "rouge-wordnet-exceptions.tsv")));
        var checkedValues = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(eval, "rouge-vectors.jsonl")))
        {
            var v = JsonDocument.Parse(line).RootElement;
            var result = scorer.Score(Strings(v, "candidate_sentences"), Strings(v, "reference_sentences"));
            foreach (var (name, score) in new[] { ("rouge1", result.Rouge1), ("rouge2", result.Rouge2), ("rougeSU4", result.RougeSU4), ("rougeLsum", result.RougeLsum) })
            {
                var expected = v.GetProperty(name);
                foreach (var (field, actual) in new[] { ("recall", score.Recall), ("precision", score.Precision), ("f", score.F) })
                {
                    var want = expected.GetProperty(field).GetDouble();
                    if (Math.Abs(want - actual) > 0.001) failures.Add($"{v.GetProperty("id").GetString()} {name} {field}: {actual:F5}, Perl {want:F5}");
                    checkedValues++;
                }
            }
        }

        Assert.Equal(25 * 4 * 3, checkedValues);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Tokenize_Rouge155TextHandling_ReplacesPunctuationAndStems()
    {
        var tokenizer = new RougeTokenizer(new Dictionary<string, string> { ["said"] = "say" });

        Assert.Equal(["tesla", "s", "board", "say", "run", "10", "q", "x"], tokenizer.Tokenize("Tesla’s BOARD said: running 10-Q -x"));
        Assert.Equal(["said"], RougeTokenizer.PorterOnly.Tokenize("said"));
    }

    [Fact]
    public void Score_Su4_LeavesOutTheLastTokenAsAUnigramLikeRouge155()
    {
        // Only the final token ("talks") is shared; ROUGE-1.5.5 never counts a summary's last token as a unigram.
        var result = new RougeScorer(RougeTokenizer.PorterOnly).Score(["alpha beta talks"], ["gamma delta talks"]);

        Assert.Equal(1.0 / 3, result.Rouge1.Recall, 6);
        Assert.Equal(0.0, result.RougeSU4.Recall, 6);
    }

    [Fact]
    public void Score_IdenticalSummaries_IsOne()
    {
        var result = new RougeScorer(RougeTokenizer.PorterOnly).Score(["The talks ended in Lausanne."], ["The talks ended in Lausanne."]);

        Assert.Equal(1.0, result.Rouge1.F, 6);
        Assert.Equal(1.0, result.Rouge2.F, 6);
        Assert.Equal(1.0, result.RougeSU4.F, 6);
        Assert.Equal(1.0, result.RougeLsum.F, 6);
    }

    private static string[] Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(s => s.GetString()!).ToArray();
}

using System.Text.Json;

namespace Briefing.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefing-eval-" + Guid.NewGuid().ToString("N")[..10]);

    public EvalCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Eval_DatasetWithABadLine_ScoresTheRestAndReportsIt()
    {
        var docs = Directory.GetFiles(Cli.Seeds).Order().Select(File.ReadAllText).ToArray();
        var reference = "Talks between the United States, Russia, and regional players on how to end the Syrian conflict have ended in Lausanne. Kerry said new ideas were discussed.";
        var dataset = Path.Combine(_dir, "set.jsonl");
        File.WriteAllLines(dataset,
        [
            JsonSerializer.Serialize(new { id = "seeds", documents = docs, summary = reference }),
            "{ this is not json",
            JsonSerializer.Serialize(new { id = "two", documents = docs.Take(2).ToArray(), summary = reference }),
        ]);
        var output = Path.Combine(_dir, "summaries.jsonl");

        var (code, stdout, stderr) = await Cli.RunAsync("eval", "--dataset", dataset, "--out", output, "--words", "120");

        Assert.True(code == 0, stderr);
        Assert.Contains("set.jsonl:2", stderr);
        Assert.Contains("clusters: 2 scored, 1 skipped", stdout);
        Assert.Matches(@"ROUGE-1 F \d+\.\d\d \| ROUGE-2 F \d+\.\d\d \| ROUGE-SU4 F \d+\.\d\d \| ROUGE-Lsum F \d+\.\d\d", stdout);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["seeds", "two"], lines.Select(l => l.GetProperty("id").GetString()));
        var summary = lines[0].GetProperty("summary").GetString()!;
        Assert.DoesNotContain("[", summary);
        Assert.InRange(summary.Split('\n', ' ').Length, 20, 120);
        Assert.All(summary.Split('\n'), s => Assert.Contains(docs, d => Briefing.Text.Whitespace.Collapse(d).Contains(s)));
    }

    [Fact]
    public async Task Eval_MixOfTwoClusters_GroupedBackThroughTheGenerator()
    {
        var folder = EditionInputs.Write(Path.Combine(_dir, "in"));
        string[] Texts(string prefix) => [.. Directory.GetFiles(folder, prefix + "*").Order().Select(File.ReadAllText)];
        var dataset = Path.Combine(_dir, "mix.jsonl");
        File.WriteAllLines(dataset,
        [
            JsonSerializer.Serialize(new { id = "talks", documents = Texts("0"), summary = "Talks on Syria in Lausanne ended without a breakthrough. Kerry said new ideas were discussed." }),
            JsonSerializer.Serialize(new { id = "floods", documents = Texts("flood"), summary = "Storm Ciara flooded hundreds of homes in Pontypridd as the River Taff burst its banks." }),
        ]);

        var (code, stdout, stderr) = await Cli.RunAsync("eval", "--dataset", dataset, "--mix", "2", "--mixes", "2", "--words", "100");

        Assert.True(code == 0, stderr);
        var rows = stdout.Split('\n').Where(l => l.StartsWith("| 1 |", StringComparison.Ordinal) || l.StartsWith("| 2 |", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r =>
        {
            var cells = r.Split('|', StringSplitOptions.TrimEntries);
            Assert.Equal(["2", "8.0", "8.0", "2.0", "0.0", "1.000", "1.000", "1.000", "1.000"], cells[2..11]);
            Assert.Equal(cells[13], cells[12]);
        });
    }

    [Fact]
    public async Task Eval_MissingDataset_Exits2()
    {
        var (code, _, stderr) = await Cli.RunAsync("eval", "--dataset", Path.Combine(_dir, "nope.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("--dataset", stderr);
    }
}

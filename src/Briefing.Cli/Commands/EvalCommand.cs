using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Briefing.Domain;
using Briefing.Evaluation;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.LlmClient;
using Briefing.Stories;
using Briefing.Summarization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Briefing.Cli.Commands;

/// <summary>briefing eval --dataset FILE --out FILE: the briefing engine on every cluster, scored with ROUGE-1.5.5.</summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> config)
    {
        var dataset = new Option<string>("--dataset", "-d") { Description = "JSONL dataset: {\"id\",\"documents\":[...],\"summary\"} per line", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write {\"id\",\"summary\"} lines", DefaultValueFactory = _ => "summaries.jsonl" };
        var words = WordsOption.Create("Word budget per summary", defaultValue: 300);
        var engine = EngineOption.Create(defaultValue: "extractive");
        var exceptions = new Option<string?>("--exceptions") { Description = "WordNet exception list for ROUGE (default: rouge-wordnet-exceptions.tsv beside the dataset)" };

        var mix = new Option<int>("--mix") { Description = "Mixed mode: shuffle the documents of this many clusters into one input, group them into stories and score the grouping (0: off)" };
        var mixes = new Option<int>("--mixes") { Description = "Mixed mode: how many mixes", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Mixed mode: random seed for choosing and shuffling clusters", DefaultValueFactory = _ => 1 };
        var half = new Option<DatasetHalf>("--half") { Description = "Mixed mode: draw clusters from All, the First or the Second half of the file", DefaultValueFactory = _ => DatasetHalf.All };

        var command = new Command("eval", "Score the engine's summaries against reference summaries with ROUGE-1.5.5") { dataset, output, words, engine, exceptions, mix, mixes, seed, half };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(dataset)!;
            if (!File.Exists(path)) throw new BriefingException(BriefingErrorKind.BadInput, $"--dataset: file not found: '{path}'", "--dataset");
            var budget = WordsOption.Check(parse.GetValue(words)) ?? 300;

            // Plain eval summarizes every document of a cluster as given (no length floor, no page refused as not an
            // article, only exact duplicates dropped); mixed mode applies ingestion's own rules, as a real edition would.
            var k = parse.GetValue(mix);
            await using var services = CliHost.Build(parse.GetValue(config), k > 0 ? null : EvaluationSettings);
            var selector = services.GetRequiredService<EngineSelector>();
            var chosen = selector.Resolve(EngineOption.Parse(parse.GetValue(engine)));
            var summarizer = selector.Get(chosen);
            if (k > 0)
            {
                var mixed = new MixedEvaluation(services.GetRequiredService<IBriefingGenerator>(), chosen, new RougeScorer(Tokenizer(path, parse.GetValue(exceptions))));
                foreach (var line in MixedReport.Lines(await mixed.RunAsync(path, parse.GetValue(half), k, parse.GetValue(mixes), parse.GetValue(seed), budget, ct))) Console.WriteLine(line);
                return ExitCodes.Success;
            }

            var parallelism = chosen == Engine.Llm ? services.GetRequiredService<IOptions<LlmOptions>>().Value.MaxConcurrency : Environment.ProcessorCount;
            var runner = new EvaluationRunner(services.GetRequiredService<IBriefingGenerator>(), chosen, new RougeScorer(Tokenizer(path, parse.GetValue(exceptions))), parallelism);
            var total = File.ReadLines(path).Count(l => l.Length > 0);
            var wall = Stopwatch.StartNew();
            var (scores, errors) = await WithProgressAsync(total, p => runner.RunAsync(path, budget, p, ct));
            wall.Stop();

            await using (var writer = new StreamWriter(parse.GetValue(output)!))
            {
                foreach (var s in scores) await writer.WriteLineAsync(JsonSerializer.Serialize(new { id = s.Id, summary = s.Summary }));
            }

            foreach (var e in errors) Console.Error.WriteLine($"skipped cluster {e}");
            Print(scores, wall.Elapsed, errors.Count);
            return scores.Count == 0 ? ExitCodes.NoUsableArticles : ExitCodes.Success;
        });
        return command;
    }

    private static readonly Dictionary<string, string?> EvaluationSettings = new()
    {
        ["Ingestion:MinWords"] = "1",
        ["Ingestion:NearDuplicateThreshold"] = "1.0",
        ["Ingestion:MaxFurnitureShare"] = "1",
    };

    private static RougeTokenizer Tokenizer(string dataset, string? exceptions)
    {
        var file = exceptions ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataset))!, "rouge-wordnet-exceptions.tsv");
        if (File.Exists(file)) return RougeTokenizer.FromExceptionFile(file);
        if (exceptions is not null) throw new BriefingException(BriefingErrorKind.BadInput, $"--exceptions: file not found: '{exceptions}'", "--exceptions");
        Console.Error.WriteLine($"warning: {file} not found; ROUGE uses Porter stemming without WordNet exceptions (scores differ slightly from ROUGE-1.5.5)");
        return RougeTokenizer.PorterOnly;
    }

    private static async Task<T> WithProgressAsync<T>(int total, Func<IProgress<int>?, Task<T>> work)
    {
        if (!ConsoleProgress.Interactive) return await work(null);
        return await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("clusters", maxValue: total);
            return await work(new Progress<int>(n => task.Value = n));
        });
    }

    private static void Print(IReadOnlyList<ClusterScore> scores, TimeSpan wall, int skipped)
    {
        if (scores.Count == 0) return;
        string F(Func<RougeResult, RougeScore> pick) => (100 * scores.Average(s => pick(s.Rouge).F)).ToString("F2", CultureInfo.InvariantCulture);
        var engineSeconds = scores.Sum(s => s.EngineMs) / 1000;
        Console.WriteLine($"clusters: {scores.Count} scored, {skipped} skipped");
        Console.WriteLine($"ROUGE-1 F {F(r => r.Rouge1)} | ROUGE-2 F {F(r => r.Rouge2)} | ROUGE-SU4 F {F(r => r.RougeSU4)} | ROUGE-Lsum F {F(r => r.RougeLsum)}");
        Console.WriteLine($"average summary length: {scores.Average(s => s.Words):F1} words (max {scores.Max(s => s.Words)})");
        Console.WriteLine(FormattableString.Invariant($"engine time: {engineSeconds:F2} s summed over clusters ({scores.Count / engineSeconds:F1} clusters/s per core); wall {wall.TotalSeconds:F2} s ({scores.Count / wall.TotalSeconds:F1} clusters/s)"));
    }
}

using System.Diagnostics;
using System.Text.Json;
using Briefing;
using Briefing.Bench;
using Briefing.Ingestion;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Disagreements;
using Briefing.Rendering;
using Briefing.Summarization.Extractive;
using Briefing.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Prints per-stage timings (median of warm runs) and peak memory; see BENCHMARKS.md for recorded figures.
var root = Briefing.TestKit.Repo.Root;
if (args.Length > 0 && args[0] == "serve-fake")
{
    // A loopback fake OpenAI-compatible server to try the LLM path without a model: point Llm:Endpoint at it.
    await using var fake = await Briefing.TestKit.FakeOpenAI.FakeOpenAIServer.StartAsync();
    fake.Latency = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0);
    Console.WriteLine($"fake OpenAI-compatible server at {fake.Endpoint} (latency {fake.Latency.TotalMilliseconds} ms); Ctrl+C to stop");
    var stop = new TaskCompletionSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
    await stop.Task;
    return;
}

if (args.Length > 0 && args[0] == "web")
{
    await WebBench.RunAsync(root, args.Length > 1 ? args[1] : null);
    return;
}

if (args.Length > 0 && args[0] == "email")
{
    await EmailBench.RunAsync(root, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "email-sender")
{
    await EmailBench.SenderAsync(root, args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 0 && args[0] == "editions")
{
    await EditionsBench.RunAsync(root, args.Length > 1 ? args[1] : null);
    return;
}

if (args.Length > 0 && args[0] == "llm")
{
    await LlmBench.RunAsync(root, TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 800));
    return;
}

if (args.Length > 0 && args[0] == "trust")
{
    await TrustBench.RunAsync(root);
    return;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rendering:TemplatesPath"] = Path.Combine(root, "templates") }).AddEnvironmentVariables("BRIEFING_").Build();
await using var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
if (args.Length > 0 && args[0] == "stories")
{
    var dev = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "multinews-dev.jsonl"));
    if (!File.Exists(dev))
    {
        Console.WriteLine($"edition benchmark skipped: {dev} not found");
        return;
    }

    await StoriesBench.RunAsync(services, dev, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length > 0 && args[0] == "render")
{
    await RenderBench.RunAsync(services, root, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200, args.Length > 2 ? args[2] : null);
    return;
}

var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;

Console.WriteLine($"Briefing benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {runs} warm runs, median ms");
Console.WriteLine();
Console.WriteLine("| input | articles | sentences | ingest | extractive | disagreements | verify | html | md | json | pdf (warm) |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
await Bench.StoryAsync(services, "seeds (5 articles)", [Path.Combine(root, "seeds", "lausanne-2016")], runs, pdf: true);

var eval = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "multinews-dev.jsonl"));
if (File.Exists(eval))
{
    var folder = Bench.WriteArticles(eval, 100);
    await Bench.StoryAsync(services, "100 articles (Multi-News dev)", [folder], Math.Max(3, runs / 4), pdf: false);
    Directory.Delete(folder, recursive: true);
}
else
{
    Console.WriteLine($"(100-article run skipped: {eval} not found)");
}

Console.WriteLine();
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB (whole process, Chromium not included)");

namespace Briefing.Bench
{
    internal static class Bench
    {
        public static async Task StoryAsync(IServiceProvider services, string name, string[] inputs, int runs, bool pdf)
        {
            var loader = services.GetRequiredService<IArticleLoader>();
            var engine = services.GetRequiredService<ExtractiveSummarizer>();
            var detector = services.GetRequiredService<IDisagreementDetector>();
            var verifier = services.GetRequiredService<ICitationVerifier>();
            var renderers = services.GetServices<IBriefingRenderer>().ToDictionary(r => r.Format);
            var generator = services.GetRequiredService<IBriefingGenerator>();
            var articleInputs = inputs.Select(i => ArticleInput.FromPath(i)).ToList();
            var briefing = await generator.GenerateAsync(new GenerationRequest(articleInputs), null, default);
            IngestionResult loaded = await loader.LoadAsync(articleInputs, default);
            BriefingDraft draft = engine.Summarize(loaded.Articles, 250);

            var t = new Dictionary<string, double>
            {
                ["ingest"] = await MedianAsync(runs, async () => loaded = await loader.LoadAsync(articleInputs, default)),
                // A fresh list each run, so the story index is built every time, as in a real run.
                ["extractive"] = await MedianAsync(runs, () => { draft = engine.Summarize([.. loaded.Articles], 250); return Task.CompletedTask; }),
                // The detector reuses the index the engine built for the same list, as in the pipeline.
                ["disagreements"] = await MedianAsync(runs, () => { detector.Detect(loaded.Articles); return Task.CompletedTask; }),
                ["verify"] = await MedianAsync(runs, () => { verifier.Verify(draft, loaded.Articles); return Task.CompletedTask; }),
            };
            foreach (var f in new[] { "html", "md", "json" })
            {
                t[f] = await MedianAsync(runs, () => renderers[f].RenderAsync(briefing, Stream.Null, default));
            }

            var pdfMs = "—";
            if (pdf)
            {
                await renderers["pdf"].RenderAsync(briefing, Stream.Null, default);
                pdfMs = (await MedianAsync(Math.Max(3, runs / 4), () => renderers["pdf"].RenderAsync(briefing, Stream.Null, default))).ToString("F0");
            }

            var sentences = loaded.Articles.Sum(a => a.Sentences.Count);
            Console.WriteLine($"| {name} | {loaded.Articles.Count} | {sentences} | {t["ingest"]:F1} | {t["extractive"]:F1} | {t["disagreements"]:F1} | {t["verify"]:F2} | {t["html"]:F1} | {t["md"]:F1} | {t["json"]:F1} | {pdfMs} |");
        }

        public static string WriteArticles(string jsonl, int count)
        {
            var folder = Directory.CreateTempSubdirectory("briefing-bench-100").FullName;
            var n = 0;
            foreach (var line in File.ReadLines(jsonl))
            {
                using var doc = JsonDocument.Parse(line);
                foreach (var text in doc.RootElement.GetProperty("documents").EnumerateArray())
                {
                    File.WriteAllText(Path.Combine(folder, $"{n:D3}.txt"), text.GetString());
                    if (++n == count) return folder;
                }
            }

            return folder;
        }

        internal static async Task<double> MedianAsync(int runs, Func<Task> action)
        {
            await action();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var sw = Stopwatch.StartNew();
                await action();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return times[times.Count / 2];
        }
    }

}

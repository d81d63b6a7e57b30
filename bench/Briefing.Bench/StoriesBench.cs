using System.Diagnostics;
using System.Text.Json;
using Briefing.Ingestion;
using Briefing.Stories;
using Briefing.Summarization.Extractive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Bench;

/// <summary>
/// An edition at scale: the dev file's documents shuffled (fixed seed), the first n parsed, de-duplicated, grouped
/// into stories and each story summarized. Prints median warm times (wall and CPU, as "wall/cpu": on a shared machine
/// the CPU time is the steadier figure) and the process's peak working set so far.
/// </summary>
internal static class StoriesBench
{
    public static async Task RunAsync(IServiceProvider services, string jsonl, int runs)
    {
        var grouper = services.GetRequiredService<IStoryGrouper>();
        var engine = services.GetRequiredService<ExtractiveSummarizer>();
        var ingestion = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var random = new Random(12);
        var texts = File.ReadLines(jsonl).Where(l => l.Length > 0)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? "").ToList())
            .OrderBy(_ => random.Next()).ToList();

        Console.WriteLine($"Edition benchmark · {Environment.ProcessorCount} cores · {runs} warm runs, median ms as wall/cpu");
        Console.WriteLine();
        Console.WriteLine("| documents | articles | stories | singletons | parse + clean | dedup | grouping | summarize stories | engine (dedup + grouping + summarize) | peak working set |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var n in new[] { 100, 200, 400, 800, texts.Count })
        {
            var slice = texts.Take(n).ToList();
            List<ParsedDocument> parsed = [];
            var parse = await MedianAsync(runs, () => parsed = slice.Select((t, i) => DocumentParser.Parse($"{i:D4}.txt", t).Document).Where(d => d.AllSentences.Sum(Text.Tokenizer.CountWords) >= ingestion.MinWords).ToList());
            IReadOnlyList<ParsedDocument> kept = [];
            var dedup = await MedianAsync(runs, () => kept = Deduplicator.Run(parsed, ingestion.NearDuplicateThreshold).Kept);
            var articles = kept.Select((d, i) => d.ToArticle($"S{i + 1}")).ToList();
            StoryGrouping grouping = new([], []);
            var group = await MedianAsync(runs, () => grouping = grouper.Group(articles));
            var summarize = await MedianAsync(runs, () => grouping.Stories.Sum(s => engine.Summarize([.. s.Articles], 250).Sections.Count));
            Console.WriteLine($"| {slice.Count} | {articles.Count} | {grouping.Stories.Count} | {grouping.Singletons.Count} | {parse} | {dedup} | {group} | {summarize} | {dedup + group + summarize} | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |");
        }
    }

    private static Task<Timing> MedianAsync<T>(int runs, Func<T> action)
    {
        action();
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            wall.Add(sw.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        return Task.FromResult(new Timing(wall[wall.Count / 2], cpu[cpu.Count / 2]));
    }

    private sealed record Timing(double Wall, double Cpu)
    {
        public static Timing operator +(Timing a, Timing b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

        public override string ToString() => FormattableString.Invariant($"{Wall:F0}/{Cpu:F0}");
    }
}

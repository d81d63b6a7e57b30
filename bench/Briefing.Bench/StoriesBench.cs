using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Stories;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bench;

/// <summary>
/// An edition at scale through the generator, as a host makes one: the dev file's documents shuffled (fixed seed),
/// the first n given as pasted texts, grouped into stories (no cap on their number) and every story briefed with the
/// extractive engine. Prints the median warm engine time (wall and CPU as "wall/cpu": on a shared machine the CPU
/// time is the steadier figure), the median of each stage as the run report gives it, and the process's peak working
/// set so far.
/// </summary>
internal static class StoriesBench
{
    private static readonly string[] Stages = ["ingest", "stories", "summarize", "disagreements", "verify"];

    public static async Task RunAsync(IServiceProvider services, string jsonl, int runs)
    {
        var generator = services.GetRequiredService<IBriefingGenerator>();
        var random = new Random(12);
        var texts = File.ReadLines(jsonl).Where(l => l.Length > 0)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? "").ToList())
            .OrderBy(_ => random.Next()).ToList();

        Console.WriteLine($"Edition benchmark through the generator · {Environment.ProcessorCount} cores · {runs} warm runs, median ms (engine as wall/cpu)");
        Console.WriteLine();
        Console.WriteLine($"| documents | articles | stories | also reported | {string.Join(" | ", Stages)} | engine | peak working set |");
        Console.WriteLine($"|---|---|---|---|{string.Concat(Stages.Select(_ => "---|"))}---|---|");
        foreach (var n in new[] { 100, 200, 400, 800, texts.Count })
        {
            var request = new GenerationRequest(texts.Take(n).Select((t, i) => ArticleInput.FromText($"{i:D4}.txt", t)).ToList()) { MaxStories = StoriesOptions.MaxStoriesLimit };
            var edition = await generator.GenerateAsync(request, null, default);
            var wall = new List<double>();
            var cpu = new List<double>();
            var stages = new List<IReadOnlyDictionary<string, long>>();
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < runs; i++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                edition = await generator.GenerateAsync(request, null, default);
                wall.Add(sw.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
                stages.Add(edition.Run.TimingsMs);
            }

            var articles = n - edition.Run.Skipped.Count;
            var perStage = Stages.Select(s => Median(stages.Select(t => (double)t.GetValueOrDefault(s)))).Select(v => v.ToString("F0", CultureInfo.InvariantCulture));
            Console.WriteLine(FormattableString.Invariant(
                $"| {n} | {articles} | {edition.Stories.Count} | {edition.AlsoReported.Count} | {string.Join(" | ", perStage)} | {Median(wall):F0}/{Median(cpu):F0} | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

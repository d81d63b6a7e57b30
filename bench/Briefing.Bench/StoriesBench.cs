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
/// into stories and each story summarized. Prints median warm times and the process's peak working set so far.
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

        Console.WriteLine($"Edition benchmark · {Environment.ProcessorCount} cores · {runs} warm runs, median ms");
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
            Console.WriteLine($"| {slice.Count} | {articles.Count} | {grouping.Stories.Count} | {grouping.Singletons.Count} | {parse:F0} | {dedup:F0} | {group:F0} | {summarize:F0} | {dedup + group + summarize:F0} | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB |");
        }
    }

    private static Task<double> MedianAsync<T>(int runs, Func<T> action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return Task.FromResult(times[times.Count / 2]);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Summarization;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// Runs the briefing generator on every cluster of a dataset (in parallel) and scores each plain-text summary
/// (the briefing's points, one per line) against the reference with ROUGE-1.5.5. A bad cluster is reported, not fatal.
/// </summary>
public sealed class EvaluationRunner(IBriefingGenerator generator, Engine engine, RougeScorer scorer, int parallelism)
{
    public async Task<(IReadOnlyList<ClusterScore> Scores, IReadOnlyList<string> Errors)> RunAsync(
        string dataset, int words, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var lines = (await File.ReadAllLinesAsync(dataset, cancellationToken)).Select((l, i) => (Line: l, Number: i + 1)).Where(l => l.Line.Length > 0).ToList();
        var scores = new ConcurrentBag<(int Order, ClusterScore Score)>();
        var errors = new ConcurrentBag<string>();
        var done = 0;
        await Parallel.ForEachAsync(lines, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, async (item, ct) =>
        {
            try
            {
                var cluster = Parse(item.Line);
                scores.Add((item.Number, await ScoreAsync(cluster, words, ct)));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or BriefingException)
            {
                errors.Add($"{dataset}:{item.Number}: {ex.Message}");
            }

            progress?.Report(Interlocked.Increment(ref done));
        });
        return (scores.OrderBy(s => s.Order).Select(s => s.Score).ToList(), errors.OrderBy(e => e, StringComparer.Ordinal).ToList());
    }

    public async Task<ClusterScore> ScoreAsync(EvaluationCluster cluster, int words, CancellationToken cancellationToken)
    {
        var sw = Stopwatch.StartNew();
        var summary = await SummarizeAsync(cluster.Documents, words, cancellationToken);
        var ms = sw.Elapsed.TotalMilliseconds;
        var reference = SentenceSplitter.Split(cluster.Summary);
        var rouge = scorer.Score(summary, reference);
        return new ClusterScore(cluster.Id, string.Join('\n', summary), summary.Sum(s => s.Split(' ').Length), rouge, ms);
    }

    /// <summary>The engine's summary as plain sentences: the briefing's points in order, no markup or citations.</summary>
    public async Task<IReadOnlyList<string>> SummarizeAsync(IReadOnlyList<string> documents, int words, CancellationToken cancellationToken)
    {
        var inputs = documents.Select((d, i) => ArticleInput.FromText($"doc{i + 1}.txt", d)).ToList();
        var briefing = await generator.GenerateAsync(new GenerationRequest(inputs, Words: words, Engine: engine) { OneStory = true }, null, cancellationToken);
        return briefing.Stories.Single().Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
    }

    internal static EvaluationCluster Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new FormatException("field 'id' is null");
        var documents = root.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? "").ToList();
        return new EvaluationCluster(id, documents, root.GetProperty("summary").GetString() ?? "");
    }
}

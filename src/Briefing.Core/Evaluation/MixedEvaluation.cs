using System.Diagnostics;
using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Stories;
using Briefing.Summarization;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// The story stage measured: K clusters of a dataset have their documents shuffled into one input, the stage groups
/// them, and the grouping is scored against the clusters (B-cubed, adjusted Rand). Each cluster's recovered story
/// (the group holding most of its documents) is summarized and scored against the cluster's reference, next to the
/// summary of the cluster itself.
/// </summary>
public sealed class MixedEvaluation(IStoryGrouper grouper, ISummarizer engine, RougeScorer scorer, IngestionOptions ingestion)
{
    public async Task<IReadOnlyList<MixScore>> RunAsync(
        string dataset, DatasetHalf half, int clustersPerMix, int mixes, int seed, int words, CancellationToken cancellationToken)
    {
        var all = File.ReadLines(dataset).Where(l => l.Length > 0).Select(EvaluationRunner.Parse).ToList();
        var pool = half switch
        {
            DatasetHalf.First => all.Take(all.Count / 2).ToList(),
            DatasetHalf.Second => all.Skip(all.Count / 2).ToList(),
            _ => all,
        };
        if (pool.Count < clustersPerMix) throw new InvalidOperationException($"only {pool.Count} clusters to draw {clustersPerMix} from");

        var random = new Random(seed);
        var scores = new List<MixScore>();
        for (var m = 1; m <= mixes; m++)
        {
            var chosen = pool.OrderBy(_ => random.Next()).Take(clustersPerMix).ToList();
            scores.Add(await ScoreMixAsync(m, chosen, random, words, cancellationToken));
        }

        return scores;
    }

    private async Task<MixScore> ScoreMixAsync(int mix, IReadOnlyList<EvaluationCluster> clusters, Random random, int words, CancellationToken ct)
    {
        // The documents go through ingestion's own rules, as in a real run: too short, exact and near duplicates out.
        var documents = clusters.SelectMany((c, ci) => c.Documents.Select((d, i) => (Cluster: ci, Doc: DocumentParser.Parse($"{c.Id}/doc{i + 1}.txt", d).Document)))
            .OrderBy(_ => random.Next()).ToList();
        var clusterOfFile = documents.ToDictionary(d => d.Doc.File, d => d.Cluster, StringComparer.Ordinal);
        var readable = documents.Select(d => d.Doc).Where(d => d.AllSentences.Sum(Tokenizer.CountWords) >= ingestion.MinWords).ToList();
        var (kept, _) = Deduplicator.Run(readable, ingestion.NearDuplicateThreshold);
        var input = kept.Select((d, i) => d.ToArticle($"S{i + 1}")).ToList();
        var clusterOf = input.ToDictionary(a => a.Id, a => clusterOfFile[a.File], StringComparer.Ordinal);
        var perCluster = clusters.Select((_, c) => input.Where(a => clusterOf[a.Id] == c).ToList()).ToList();

        var sw = Stopwatch.StartNew();
        var grouping = grouper.Group(input);
        var groupingMs = sw.Elapsed.TotalMilliseconds;

        var groups = grouping.Stories.Select(s => s.Articles).Concat(grouping.Singletons.Select(a => (IReadOnlyList<Article>)[a])).ToList();
        var groupOf = groups.SelectMany((g, i) => g.Select(a => (a.Id, i))).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var truth = input.Select(a => clusterOf[a.Id]).ToArray();
        var predicted = input.Select(a => groupOf[a.Id]).ToArray();
        var (precision, recall, f1) = BCubed.Score(truth, predicted);
        // Every document scored, a dropped one as a group of its own: what the grouping would score without ingestion.
        var droppedTruth = documents.Where(d => !kept.Contains(d.Doc)).Select(d => d.Cluster).ToList();
        var allTruth = truth.Concat(droppedTruth).ToArray();
        var allPredicted = predicted.Concat(droppedTruth.Select((_, i) => groups.Count + i)).ToArray();
        var (_, _, f1AllDocuments) = BCubed.Score(allTruth, allPredicted);

        var recovered = new List<RougeResult>();
        var perfect = new List<RougeResult>();
        for (var c = 0; c < clusters.Count; c++)
        {
            if (perCluster[c].Count == 0) continue;
            var reference = SentenceSplitter.Split(clusters[c].Summary);
            // The group holding most of the cluster's articles; on a tie, most of its words (a reader finds the story
            // by its substantive report, not by an off-topic page filed with it).
            var best = perCluster[c].GroupBy(a => groupOf[a.Id])
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(a => a.WordCount)).ThenBy(g => groups[g.Key].Count).First().Key;
            recovered.Add(scorer.Score(await SummarizeAsync(groups[best], words, ct), reference));
            perfect.Add(scorer.Score(await SummarizeAsync(perCluster[c], words, ct), reference));
        }

        return new MixScore(mix, clusters.Count, documents.Count, input.Count, grouping.Stories.Count, grouping.Singletons.Count,
            precision, recall, f1, AdjustedRand.Score(truth, predicted), f1AllDocuments,
            100 * recovered.Average(r => r.Rouge1.F), 100 * recovered.Average(r => r.Rouge2.F),
            100 * perfect.Average(r => r.Rouge1.F), 100 * perfect.Average(r => r.Rouge2.F), groupingMs);
    }

    private async Task<IReadOnlyList<string>> SummarizeAsync(IReadOnlyList<Article> articles, int words, CancellationToken ct)
    {
        var draft = await engine.SummarizeAsync([.. articles], words, ct);
        return draft.Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
    }
}

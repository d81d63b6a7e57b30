using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Stories;
using Briefing.Summarization;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// The story stage measured through the generator, as a real edition is made: K clusters of a dataset have their
/// documents shuffled into one input (ingestion's own rules drop the too short and the duplicates), the generator
/// groups and briefs them, and the grouping is scored against the clusters (B-cubed, adjusted Rand). Each cluster's
/// recovered story (the story holding most of its articles) is scored against the cluster's reference, next to a
/// one-story briefing of the cluster's own articles (perfect grouping). A cluster whose articles all stayed single
/// is scored on a one-story briefing of its largest article, as before editions.
/// </summary>
public sealed class MixedEvaluation(IBriefingGenerator generator, Engine engine, RougeScorer scorer)
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
        var documents = clusters.SelectMany((c, ci) => c.Documents.Select((d, i) => (Cluster: ci, Input: (ArticleInput)ArticleInput.FromText($"{c.Id}/doc{i + 1}.txt", d))))
            .OrderBy(_ => random.Next()).ToList();
        var clusterOf = documents.ToDictionary(d => d.Input.Name, d => d.Cluster, StringComparer.Ordinal);
        var edition = await generator.GenerateAsync(new GenerationRequest([.. documents.Select(d => d.Input)], Words: words, Engine: engine) { MaxStories = StoriesOptions.MaxStoriesLimit }, null, ct);

        var file = edition.Sources.ToDictionary(s => s.Id, s => s.File, StringComparer.Ordinal);
        var dropped = edition.Run.Skipped.Select(s => s.Input).ToHashSet(StringComparer.Ordinal);
        var kept = documents.Select(d => d.Input.Name).Where(n => !dropped.Contains(n)).ToList();
        var groupOf = edition.Stories.SelectMany((s, i) => s.SourceIds.Select(id => (File: file[id], Group: i))).ToDictionary(p => p.File, p => p.Group, StringComparer.Ordinal);
        foreach (var single in kept.Where(n => !groupOf.ContainsKey(n)).ToList()) groupOf[single] = groupOf.Count + edition.Stories.Count;

        var truth = kept.Select(n => clusterOf[n]).ToArray();
        var predicted = kept.Select(n => groupOf[n]).ToArray();
        var (precision, recall, f1) = BCubed.Score(truth, predicted);
        // Every document scored, a dropped one as a group of its own: what the grouping would score without ingestion.
        var droppedTruth = documents.Where(d => dropped.Contains(d.Input.Name)).Select(d => d.Cluster).ToList();
        var allPredicted = predicted.Concat(droppedTruth.Select((_, i) => -1 - i)).ToArray();
        var (_, _, f1AllDocuments) = BCubed.Score([.. truth, .. droppedTruth], allPredicted);

        var text = documents.ToDictionary(d => d.Input.Name, d => d.Input, StringComparer.Ordinal);
        var recovered = new List<RougeResult>();
        var perfect = new List<RougeResult>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var own = kept.Where(n => clusterOf[n] == c).ToList();
            if (own.Count == 0) continue;
            var reference = SentenceSplitter.Split(clusters[c].Summary);
            // The group holding most of the cluster's articles; on a tie, most of its text (a reader finds the story
            // by its substantive report, not by an off-topic page filed with it).
            var best = own.GroupBy(n => groupOf[n]).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(n => ((TextInput)text[n]).Text.Length)).First();
            var summary = best.Key < edition.Stories.Count
                ? Points(edition.Stories[best.Key])
                : await OneStoryAsync([text[best.First()]], words, ct);
            recovered.Add(scorer.Score(summary, reference));
            perfect.Add(scorer.Score(await OneStoryAsync([.. own.Select(n => text[n])], words, ct), reference));
        }

        var engineMs = edition.Run.TimingsMs.Values.Sum();
        return new MixScore(mix, clusters.Count, documents.Count, kept.Count, edition.Stories.Count, kept.Count - edition.Stories.Sum(s => s.SourceIds.Count),
            precision, recall, f1, AdjustedRand.Score(truth, predicted), f1AllDocuments,
            100 * recovered.Average(r => r.Rouge1.F), 100 * recovered.Average(r => r.Rouge2.F),
            100 * perfect.Average(r => r.Rouge1.F), 100 * perfect.Average(r => r.Rouge2.F), edition.Run.TimingsMs.GetValueOrDefault("stories"), engineMs);
    }

    private async Task<IReadOnlyList<string>> OneStoryAsync(IReadOnlyList<ArticleInput> inputs, int words, CancellationToken ct)
    {
        var briefing = await generator.GenerateAsync(new GenerationRequest(inputs, Words: words, Engine: engine) { OneStory = true }, null, ct);
        return Points(briefing.Stories.Single());
    }

    private static IReadOnlyList<string> Points(StoryBriefing story) => story.Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
}

using Briefing.Text;
using Briefing.Domain;
using Microsoft.Extensions.Options;

namespace Briefing.Disagreements;

/// <summary>
/// Finds figures that different sources give for the same fact (same unit, same kind of event, related sentences)
/// and reports them when the values differ.
/// </summary>
internal sealed class DisagreementDetector(IOptions<DisagreementOptions> options, StoryIndexCache? indexes = null) : IDisagreementDetector
{
    private readonly DisagreementOptions _options = options.Value;
    private readonly StoryIndexCache _indexes = indexes ?? new StoryIndexCache();

    public IReadOnlyList<Disagreement> Detect(IReadOnlyList<Article> articles) => Detect(_indexes.For(articles));

    public IReadOnlyList<Disagreement> Detect(StoryIndex index)
    {
        var mentions = index.Sentences
            .SelectMany((s, i) => QuantityExtractor.Extract(i, s.Text))
            .ToList();
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        for (var a = 0; a < mentions.Count; a++)
        {
            for (var b = a + 1; b < mentions.Count; b++)
            {
                if (SameFact(index, mentions[a], mentions[b])) Union(parent, a, b);
            }
        }

        var result = new List<Disagreement>();
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(i => Find(parent, i)))
        {
            var members = group.Select(i => mentions[i]).ToList();
            var perSource = members
                .GroupBy(m => index.ArticleOf[m.Sentence])
                .Select(g => g.OrderBy(m => m.Sentence).First())
                .OrderBy(m => index.ArticleOf[m.Sentence])
                .ToList();
            if (perSource.Count < 2) continue;
            if (!perSource.Any(x => perSource.Any(y => Differ(x, y)))) continue;
            result.Add(new Disagreement(
                Topic(perSource),
                perSource.Select(m => new DisagreementPosition(index.Sentences[m.Sentence].ArticleId, index.Sentences[m.Sentence].Text, m.Phrase)).ToList()));
        }

        return result;
    }

    private bool SameFact(StoryIndex index, QuantityMention a, QuantityMention b)
    {
        if (index.ArticleOf[a.Sentence] == index.ArticleOf[b.Sentence]) return false;
        if (a.Unit != b.Unit) return false;
        if (a.Event is not null && b.Event is not null && a.Event != b.Event) return false;
        var ratio = Math.Max(a.Value, b.Value) / Math.Max(1e-9, Math.Min(a.Value, b.Value));
        if (ratio > _options.MaxRatio) return false;

        // The same kind of event counted in the same unit is the same fact; otherwise the sentences must be related.
        if (a.Event is not null && a.Event == b.Event) return true;
        return index.Similarity(a.Sentence, b.Sentence) >= _options.MinSentenceSimilarity;
    }

    private bool Differ(QuantityMention a, QuantityMention b) =>
        Math.Abs(a.Value - b.Value) > _options.Tolerance * Math.Max(a.Value, b.Value);

    private static string Topic(IReadOnlyList<QuantityMention> mentions)
    {
        var ev = mentions.Select(m => m.Event).FirstOrDefault(e => e is not null);
        var unit = UnitWord(mentions[0].Phrase);
        return ev switch
        {
            "deaths" => "Death toll",
            null => $"Number of {unit}",
            _ => $"Number of {unit} {ev}",
        };
    }

    private static string UnitWord(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}

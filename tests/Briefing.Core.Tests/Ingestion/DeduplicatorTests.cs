using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class DeduplicatorTests
{
    private const string Story = "Foreign ministers met in Lausanne on Saturday to discuss the war in Syria and the siege of Aleppo. The talks lasted more than four hours and ended without a joint statement from any of the delegations. Kerry said the parties would meet again on Monday to discuss future steps toward a ceasefire.";

    [Fact]
    public void Run_ExactAndNearCopies_KeepsFirstReportsEachWithItsOriginal()
    {
        var original = Doc("a.txt", Story);
        var copy = Doc("b.txt", Story);
        var near = Doc("c.txt", Story + " Officials declined to comment.");
        var other = Doc("d.txt", "A magnitude 6.2 earthquake struck central Italy overnight, destroying much of the town of Amatrice. Rescuers searched the rubble for survivors through the night.");

        var (kept, dropped) = Deduplicator.Run([original, copy, near, other], 0.8);

        Assert.Equal(["a.txt", "d.txt"], kept.Select(d => d.File));
        Assert.Equal([("b.txt", "a.txt"), ("c.txt", "a.txt")], dropped.Select(d => (d.Duplicate.File, d.Of.File)));
        Assert.Equal(1.0, dropped[0].Similarity, 9);
        Assert.InRange(dropped[1].Similarity, 0.8, 0.999);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void Run_ManyOverlappingTexts_SameResultAsComparingEveryPair(double threshold)
    {
        var words = Story.Split(' ');
        var random = new Random(3);
        var docs = Enumerable.Range(0, 60)
            .Select(i => Doc($"{i}.txt", string.Join(' ', words.Skip(random.Next(0, 12)).Take(words.Length - random.Next(0, 12)))))
            .ToList();

        var (kept, _) = Deduplicator.Run(docs, threshold);

        Assert.Equal(BruteForce(docs, threshold), kept.Select(d => d.File));
    }

    private static List<string> BruteForce(IReadOnlyList<ParsedDocument> docs, double threshold)
    {
        var kept = new List<(string File, HashSet<string> Shingles)>();
        foreach (var d in docs)
        {
            var w = d.AllSentences.SelectMany(Briefing.Text.Tokenizer.Words).ToArray();
            var s = Enumerable.Range(0, Math.Max(0, w.Length - 2)).Select(i => $"{w[i]} {w[i + 1]} {w[i + 2]}").ToHashSet();
            if (!kept.Any(k => (double)k.Shingles.Intersect(s).Count() / k.Shingles.Union(s).Count() >= threshold)) kept.Add((d.File, s));
        }

        return kept.Select(k => k.File).ToList();
    }

    private static ParsedDocument Doc(string file, string text) => DocumentParser.Parse(file, text).Document;
}

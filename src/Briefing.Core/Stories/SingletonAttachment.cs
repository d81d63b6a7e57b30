using Briefing.Text;

namespace Briefing.Stories;

/// <summary>
/// A second pass over the articles average link left alone: one joins the story whose centroid it is most similar
/// to when that similarity reaches a floor and clearly exceeds its similarity to any other story.
/// </summary>
internal static class SingletonAttachment
{
    public static void Attach(int[] labels, IReadOnlyList<SparseVector> vectors, double floor, double margin)
    {
        var groups = Enumerable.Range(0, labels.Length).GroupBy(i => labels[i]).ToList();
        var stories = groups.Where(g => g.Count() > 1).Select(g => (Label: g.Key, Centroid: Centroid(g.Select(i => vectors[i])))).ToList();
        if (stories.Count == 0) return;
        foreach (var single in groups.Where(g => g.Count() == 1).Select(g => g.First()).ToList())
        {
            var sims = stories.Select(s => (s.Label, Sim: vectors[single].Cosine(s.Centroid))).OrderByDescending(s => s.Sim).ToList();
            var best = sims[0];
            var second = sims.Count > 1 ? sims[1].Sim : 0;
            if (best.Sim >= floor && best.Sim >= margin * second) labels[single] = best.Label;
        }
    }

    private static SparseVector Centroid(IEnumerable<SparseVector> members)
    {
        var sum = new Dictionary<int, double>();
        foreach (var v in members)
        {
            for (var k = 0; k < v.Indices.Length; k++) sum[v.Indices[k]] = sum.GetValueOrDefault(v.Indices[k]) + v.Values[k];
        }

        return SparseVector.FromWeights(sum);
    }
}

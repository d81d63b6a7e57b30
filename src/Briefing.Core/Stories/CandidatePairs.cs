using Briefing.Text;

namespace Briefing.Stories;

/// <summary>
/// Blocking: an inverted index over each article's highest-weighted terms proposes the pairs worth comparing, so the
/// cost grows with the number of articles that share a distinctive term, not with the square of all articles.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Each pair (i &lt; j) whose top terms overlap, with the cosine of the full vectors.</summary>
    public static List<(int A, int B, double Similarity)> Find(IReadOnlyList<SparseVector> vectors, int topTerms, int maxArticlesPerTerm)
    {
        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var term in Top(vectors[i], topTerms))
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(i);
            }
        }

        var pairs = new HashSet<long>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > maxArticlesPerTerm) continue;
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++) pairs.Add(((long)list[x] << 32) | (uint)list[y]);
            }
        }

        return pairs.Select(p => ((int)(p >> 32), (int)(p & 0xFFFFFFFF)))
            .Select(p => (p.Item1, p.Item2, vectors[p.Item1].Cosine(vectors[p.Item2])))
            .ToList();
    }

    private static IEnumerable<int> Top(SparseVector v, int count) =>
        Enumerable.Range(0, v.Indices.Length).OrderByDescending(k => v.Values[k]).ThenBy(k => v.Indices[k]).Take(count).Select(k => v.Indices[k]);
}

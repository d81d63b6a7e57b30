using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>
/// Keeps the first of any articles that are the same story word for word or nearly so (word-trigram Jaccard at or
/// above the threshold). Near-linear: with trigrams ordered by hash, two sets with Jaccard t or more must share one of
/// their first |x| - ceil(t|x|) + 1 trigrams (prefix filtering), so only those prefixes are indexed and only the
/// documents they bring up are compared.
/// </summary>
internal static class Deduplicator
{
    public static (IReadOnlyList<ParsedDocument> Kept, IReadOnlyList<(ParsedDocument Duplicate, ParsedDocument Of, double Similarity)> Dropped)
        Run(IReadOnlyList<ParsedDocument> documents, double threshold)
    {
        var kept = new List<(ParsedDocument Doc, HashSet<ulong> Shingles)>();
        var prefixIndex = new Dictionary<ulong, List<int>>();
        var dropped = new List<(ParsedDocument, ParsedDocument, double)>();
        foreach (var doc in documents)
        {
            var shingles = Shingles(doc);
            var ordered = shingles.Order().ToArray();
            var prefix = ordered.Take(PrefixLength(ordered.Length, threshold)).ToArray();
            var candidates = new SortedSet<int>();
            foreach (var s in prefix)
            {
                if (prefixIndex.TryGetValue(s, out var list)) candidates.UnionWith(list);
            }

            var match = candidates.Select(k => (Kept: k, Similarity: Jaccard(shingles, kept[k].Shingles)))
                .Where(k => k.Similarity >= threshold)
                .OrderByDescending(k => k.Similarity)
                .FirstOrDefault((Kept: -1, Similarity: 0));
            if (match.Kept >= 0)
            {
                dropped.Add((doc, kept[match.Kept].Doc, match.Similarity));
                continue;
            }

            foreach (var s in prefix)
            {
                if (!prefixIndex.TryGetValue(s, out var list)) prefixIndex[s] = list = [];
                list.Add(kept.Count);
            }

            kept.Add((doc, shingles));
        }

        return (kept.Select(k => k.Doc).ToList(), dropped);
    }

    private static int PrefixLength(int size, double threshold) =>
        size == 0 ? 0 : size - (int)Math.Ceiling((threshold * size) - 1e-9) + 1;

    private static HashSet<ulong> Shingles(ParsedDocument doc)
    {
        var words = doc.AllSentences.SelectMany(Tokenizer.Words).ToArray();
        var set = new HashSet<ulong>();
        for (var i = 0; i + 2 < words.Length; i++) set.Add(Hash(words[i], words[i + 1], words[i + 2]));
        if (words.Length is > 0 and < 3) set.Add(Hash([.. words]));
        return set;
    }

    // FNV-1a over the words with a separator: stable across runs, unlike string.GetHashCode.
    private static ulong Hash(params string[] words)
    {
        var h = 14695981039346656037UL;
        foreach (var w in words)
        {
            foreach (var c in w) h = (h ^ c) * 1099511628211UL;
            h = (h ^ ' ') * 1099511628211UL;
        }

        return h;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var inter = small.Count(large.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }
}

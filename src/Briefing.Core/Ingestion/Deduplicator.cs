using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>Keeps the first of any articles that are the same story word for word or nearly so.</summary>
internal static class Deduplicator
{
    public static (IReadOnlyList<ParsedDocument> Kept, IReadOnlyList<(ParsedDocument Duplicate, ParsedDocument Of, double Similarity)> Dropped)
        Run(IReadOnlyList<ParsedDocument> documents, double threshold)
    {
        var kept = new List<(ParsedDocument Doc, HashSet<string> Shingles)>();
        var dropped = new List<(ParsedDocument, ParsedDocument, double)>();
        foreach (var doc in documents)
        {
            var shingles = Shingles(doc);
            var match = kept.Select(k => (k.Doc, Similarity: Jaccard(shingles, k.Shingles)))
                .Where(k => k.Similarity >= threshold)
                .OrderByDescending(k => k.Similarity)
                .FirstOrDefault();
            if (match.Doc is not null) dropped.Add((doc, match.Doc, match.Similarity));
            else kept.Add((doc, shingles));
        }

        return (kept.Select(k => k.Doc).ToList(), dropped);
    }

    private static HashSet<string> Shingles(ParsedDocument doc)
    {
        var words = doc.AllSentences.SelectMany(Tokenizer.Words).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Length; i++) set.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        if (words.Length is > 0 and < 3) set.Add(string.Join(' ', words));
        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var inter = small.Count(large.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }
}

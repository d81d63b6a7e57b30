namespace Briefing.Evaluation;

/// <summary>
/// ROUGE as computed by the Perl ROUGE-1.5.5 with <c>-n 2 -2 4 -u -m</c>: n-gram and skip-bigram counts over the
/// whole summary (clipped by reference counts), and summary-level union LCS over sentences for ROUGE-Lsum.
/// </summary>
public sealed class RougeScorer(RougeTokenizer tokenizer)
{
    private const int MaxSkip = 4;

    public RougeResult Score(IReadOnlyList<string> candidateSentences, IReadOnlyList<string> referenceSentences)
    {
        var cand = candidateSentences.Select(tokenizer.Tokenize).ToList();
        var refs = referenceSentences.Select(tokenizer.Tokenize).ToList();
        var c = cand.SelectMany(t => t).ToArray();
        var r = refs.SelectMany(t => t).ToArray();
        return new RougeResult(NGram(c, r, 1), NGram(c, r, 2), SkipBigram(c, r), LcsSummary(cand, refs));
    }

    private static RougeScore NGram(string[] cand, string[] reference, int n) =>
        Overlap(NGrams(cand, n), NGrams(reference, n));

    private static RougeScore SkipBigram(string[] cand, string[] reference)
    {
        var c = SkipBigrams(cand);
        var r = SkipBigrams(reference);
        // ROUGE-1.5.5 adds the unigrams with the loop bound of its skip-bigram loop (i < $#text), so the last token
        // of each summary is never counted as a unigram; the 25 Perl vectors only match with that quirk reproduced.
        foreach (var (k, v) in NGrams(cand[..^Math.Min(1, cand.Length)], 1)) c[k] = c.GetValueOrDefault(k) + v;
        foreach (var (k, v) in NGrams(reference[..^Math.Min(1, reference.Length)], 1)) r[k] = r.GetValueOrDefault(k) + v;
        return Overlap(c, r);
    }

    private static RougeScore Overlap(Dictionary<string, int> cand, Dictionary<string, int> reference)
    {
        var hits = cand.Sum(p => Math.Min(p.Value, reference.GetValueOrDefault(p.Key)));
        return RougeScore.From(hits, reference.Values.Sum(), cand.Values.Sum());
    }

    private static Dictionary<string, int> NGrams(string[] tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static Dictionary<string, int> SkipBigrams(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var j = i + 1; j < tokens.Length && j - i - 1 <= MaxSkip; j++)
            {
                var key = tokens[i] + " " + tokens[j];
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    // Summary-level LCS: for each reference sentence, the union of its LCS with every candidate sentence; a token
    // counts as a hit only while both summaries still have unused occurrences of it.
    private static RougeScore LcsSummary(List<string[]> cand, List<string[]> refs)
    {
        var candCounts = NGrams(cand.SelectMany(t => t).ToArray(), 1);
        var refCounts = NGrams(refs.SelectMany(t => t).ToArray(), 1);
        var m = refCounts.Values.Sum();
        var n = candCounts.Values.Sum();
        var hits = 0;
        foreach (var r in refs)
        {
            var union = new SortedSet<int>();
            foreach (var c in cand) union.UnionWith(LcsIndices(r, c));
            foreach (var i in union)
            {
                var t = r[i];
                if (candCounts.GetValueOrDefault(t) > 0 && refCounts.GetValueOrDefault(t) > 0)
                {
                    hits++;
                    candCounts[t]--;
                    refCounts[t]--;
                }
            }
        }

        return RougeScore.From(hits, m, n);
    }

    private static IEnumerable<int> LcsIndices(string[] r, string[] c)
    {
        var table = new int[r.Length + 1, c.Length + 1];
        for (var i = 1; i <= r.Length; i++)
        {
            for (var j = 1; j <= c.Length; j++)
            {
                table[i, j] = r[i - 1] == c[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var result = new List<int>();
        int a = r.Length, b = c.Length;
        while (a > 0 && b > 0)
        {
            if (r[a - 1] == c[b - 1])
            {
                result.Add(a - 1);
                a--;
                b--;
            }
            else if (table[a - 1, b] >= table[a, b - 1]) a--;
            else b--;
        }

        return result;
    }
}

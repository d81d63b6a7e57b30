using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Stories;

/// <summary>
/// One TF-IDF vector per article over the terms at least two articles of the run share: (1 + log tf) x log(1 + N / df),
/// tf counting the lead's words more, keeping only the article's highest-weighted terms. A term no other article uses cannot make two articles alike,
/// and a long article's many minor terms would dilute its cosine with a short report of the same event.
/// </summary>
internal static class ArticleVectors
{
    public static SparseVector[] Build(IReadOnlyList<Article> articles, int termsPerArticle, int leadSentences = 0, int leadWeight = 1)
    {
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        var counts = articles.Select(a => TermCounts(a, stems, leadSentences, leadWeight)).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var c in counts)
        {
            foreach (var term in c.Keys)
            {
                if (!ids.TryGetValue(term, out var id)) ids[term] = id = df.Count;
                if (id == df.Count) df.Add(0);
                df[id]++;
            }
        }

        var n = (double)articles.Count;
        return counts.Select(c => SparseVector.FromWeights(c
                .Where(p => df[ids[p.Key]] > 1)
                .Select(p => (Id: ids[p.Key], W: (1 + Math.Log(p.Value)) * Idf(n, df[ids[p.Key]])))
                .OrderByDescending(p => p.W).Take(termsPerArticle)
                .ToDictionary(p => p.Id, p => p.W)))
            .ToArray();
    }

    // log(1 + N / df), as in the story index: a term every article shares still counts, so the few articles of one
    // story (the five seeds) stay one story; log(N / df) split them, and scored the same on mixes of 20 clusters.
    private static double Idf(double n, int df) => Math.Log(1 + (n / df));

    // The content term of each word form, stemmed once per run (null: a stop word); stemming dominated the cost.
    // A word of the first leadSentences sentences counts leadWeight times: the lead says what the event is, the rest
    // of a long article wanders into background a short report of the same event does not share.
    private static Dictionary<string, int> TermCounts(Article article, Dictionary<string, string?> stems, int leadSentences, int leadWeight)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in article.Sentences)
        {
            foreach (var w in Tokenizer.Words(s.Text))
            {
                if (!stems.TryGetValue(w, out var t)) stems[w] = t = Tokenizer.ContentTerms(w).FirstOrDefault();
                if (t is not null) counts[t] = counts.GetValueOrDefault(t) + (s.Index < leadSentences ? leadWeight : 1);
            }
        }

        return counts;
    }
}

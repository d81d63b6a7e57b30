using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Text;

/// <summary>
/// Every sentence of a story as a TF-IDF vector (document frequency over articles), so stages can ask which
/// sentences of other sources carry the same information.
/// </summary>
internal sealed class StoryIndex
{

    public StoryIndex(IReadOnlyList<Article> articles)
    {
        Articles = articles;
        Sentences = articles.SelectMany(a => a.Sentences).ToList();
        var articleOf = articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        ArticleOf = Sentences.Select(s => articleOf[s.ArticleId]).ToArray();
        Terms = Sentences.Select(s => Tokenizer.ContentTerms(s.Text).ToArray()).ToArray();
        var byArticle = Enumerable.Range(0, Sentences.Count).ToLookup(i => ArticleOf[i]);
        var space = new TermSpace(Enumerable.Range(0, articles.Count).Select(a => byArticle[a].SelectMany(i => Terms[i])));
        Vectors = Terms.Select(t => space.Vector(t)).ToArray();
        RelativePosition = Sentences.Select(s => (double)s.Index / Math.Max(1, articles[articleOf[s.ArticleId]].Sentences.Count)).ToArray();
    }

    public IReadOnlyList<Article> Articles { get; }


    public IReadOnlyList<Sentence> Sentences { get; }

    public int[] ArticleOf { get; }

    public string[][] Terms { get; }

    public SparseVector[] Vectors { get; }

    public double[] RelativePosition { get; }

    public double Similarity(int a, int b) => Vectors[a].Cosine(Vectors[b]);

    /// <summary>For each other article, its sentence most similar to sentence <paramref name="i"/>, if at least <paramref name="threshold"/>.</summary>
    public IReadOnlyList<(int Sentence, double Similarity)> BestMatchesInOtherArticles(int i, double threshold)
    {
        var best = new (int Sentence, double Similarity)[Articles.Count];
        Array.Fill(best, (-1, threshold));
        for (var j = 0; j < Sentences.Count; j++)
        {
            var a = ArticleOf[j];
            if (a == ArticleOf[i]) continue;
            var sim = Similarity(i, j);
            if (sim >= best[a].Similarity && (best[a].Sentence < 0 || sim > best[a].Similarity)) best[a] = (j, sim);
        }

        return best.Where(b => b.Sentence >= 0).ToList();
    }
}

using Briefing.Domain;
using Microsoft.Extensions.Options;

namespace Briefing.Stories;

/// <summary>
/// Groups articles by the cosine of their TF-IDF vectors (stemmed content words of every sentence, document frequency
/// over the run's articles, the lead's words counting more, each article's top terms), comparing only articles that
/// share a distinctive term, merged average-link; then an article left alone joins the story it is clearly closest to.
/// Cost: one pass over the text, then work proportional to the candidate pairs (and to lone articles x stories).
/// </summary>
internal sealed class StoryGrouper(IOptions<StoriesOptions> options) : IStoryGrouper
{
    public StoryGrouping Group(IReadOnlyList<Article> articles)
    {
        var o = options.Value;
        var vectors = ArticleVectors.Build(articles, o.VectorTerms, o.LeadSentences, o.LeadWeight);
        var edges = CandidatePairs.Find(vectors, o.CandidateTerms, o.MaxTermArticles);
        var labels = AverageLinkClustering.Cluster(articles.Count, edges, o.SimilarityThreshold);
        SingletonAttachment.Attach(labels, vectors, o.AttachThreshold, o.AttachMargin);

        var groups = Enumerable.Range(0, articles.Count).GroupBy(i => labels[i]).Select(g => g.Select(i => articles[i]).ToList()).ToList();
        var stories = groups.Where(g => g.Count > 1).Select(g => new Story(g))
            .OrderByDescending(s => s.Outlets).ThenByDescending(s => s.Articles.Count)
            .ThenByDescending(s => s.Articles.Max(a => a.Published ?? DateTimeOffset.MinValue))
            .ToList();
        return new StoryGrouping(stories, groups.Where(g => g.Count == 1).Select(g => g[0]).ToList());
    }
}

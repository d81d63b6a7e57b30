using Briefing.Domain;

namespace Briefing.Stories;

/// <summary>
/// What an edition shows: the stories to brief (best covered first, at most the cap) and the articles that get one
/// line each under "Also reported" (the lead article of each story beyond the cap, then the singletons, most recent
/// first, at most their cap). <see cref="NotShown"/> counts the stories and singletons left out by the caps.
/// </summary>
internal sealed record EditionPlan(IReadOnlyList<Story> Stories, IReadOnlyList<Article> AlsoReported, int NotShown)
{
    /// <summary>Everything as one story, as a single-story briefing is made.</summary>
    public static EditionPlan OneStory(IReadOnlyList<Article> articles) => new([new Story(articles)], [], 0);

    /// <summary>
    /// The grouping laid out as an edition. A grouping that found no story of two or more articles is made one story
    /// of every article: unrelated articles given together are briefed together, as they were before editions.
    /// </summary>
    public static EditionPlan From(StoryGrouping grouping, IReadOnlyList<Article> articles, int maxStories, int alsoReported)
    {
        if (grouping.Stories.Count == 0) return OneStory(articles);
        var shown = grouping.Stories.Take(maxStories).ToList();
        var lines = grouping.Stories.Skip(maxStories).Select(s => s.Articles.MaxBy(a => a.WordCount)!)
            .Concat(grouping.Singletons.OrderByDescending(a => a.Published ?? DateTimeOffset.MinValue))
            .ToList();
        return new EditionPlan(shown, lines.Take(alsoReported).ToList(), Math.Max(0, lines.Count - alsoReported));
    }
}

using Briefing.Domain;

namespace Briefing.Stories;

/// <summary>Groups articles into stories: the same event reported by different outlets.</summary>
public interface IStoryGrouper
{
    /// <summary>Every article ends up in exactly one story or among the singletons.</summary>
    StoryGrouping Group(IReadOnlyList<Article> articles);
}

using Briefing.Domain;

namespace Briefing.Stories;

/// <summary>
/// The stories found among a run's articles, largest coverage first, and the articles no other article joined
/// (an event only one outlet carries).
/// </summary>
public sealed record StoryGrouping(IReadOnlyList<Story> Stories, IReadOnlyList<Article> Singletons);

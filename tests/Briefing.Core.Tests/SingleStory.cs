using Briefing.Domain;

namespace Briefing.Tests;

/// <summary>The one story of a single-story briefing, and a briefing with that story's sections replaced.</summary>
internal static class SingleStory
{
    public static StoryBriefing Story(this BriefingDocument briefing) => Assert.Single(briefing.Stories);

    public static BriefingDocument WithSections(this BriefingDocument briefing, IReadOnlyList<Section> sections) =>
        briefing with { Stories = [briefing.Story() with { Sections = sections }] };
}

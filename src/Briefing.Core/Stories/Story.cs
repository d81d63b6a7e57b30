using Briefing.Domain;

namespace Briefing.Stories;

/// <summary>Two or more articles on one event, in input order.</summary>
public sealed record Story(IReadOnlyList<Article> Articles)
{
    /// <summary>How many distinct outlets carry the story (an article without an outlet counts as its own).</summary>
    public int Outlets => Articles.Select(a => a.Outlet ?? a.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

using Briefing.Domain;

namespace Briefing.Rendering;

/// <summary>
/// One story shaped for templates: its own sources (numbered as in the edition), sections, disagreements and the
/// coverage table over its sources. <see cref="Anchor"/> prefixes its element ids ("story-2-coverage"); it is empty
/// in a single-story briefing, whose ids stay as they were ("coverage").
/// </summary>
internal sealed record StoryView(
    int Number,
    string Anchor,
    string Title,
    int Claims,
    int Verified,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<DisagreementView> Disagreements,
    IReadOnlyList<CoverageRow> Coverage)
{
    public string Id => Anchor.TrimEnd('-');

    public int Outlets => Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public bool HasDisagreements => Disagreements.Count > 0;

    public static StoryView From(int number, string anchor, StoryBriefing story, IReadOnlyDictionary<string, SourceView> byId, Func<Point, PointView> point)
    {
        var sources = story.SourceIds.Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(s => s.Number).ToList();
        var sections = story.Sections.Select(sec => new SectionView(sec.Heading, sec.Points.Select(point).ToList())).ToList();
        var coverage = sections.SelectMany(s => s.Points)
            .Select(p => new CoverageRow(p.Number, BriefingView.Shorten(p.Text), sources.Select(s => p.Sources.Contains(s)).ToList(), p.SourceCount))
            .ToList();
        var disagreements = story.Disagreements.Select(d => new DisagreementView(d.Topic, d.Positions
            .Where(p => byId.ContainsKey(p.SourceId))
            .Select(p => new PositionView(byId[p.SourceId], p.Value, p.Quote)).ToList())).ToList();
        return new StoryView(number, anchor, story.Title, story.Verification.Claims, story.Verification.Verified, sources, sections, disagreements, coverage);
    }
}

namespace Briefing.Domain;

/// <summary>
/// One story of an edition: the same event as its sources report it, with everything a single-story briefing has.
/// <see cref="SourceIds"/> name the edition's <see cref="BriefingDocument.Sources"/> the story was made from.
/// </summary>
public sealed record StoryBriefing(
    string Title,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Disagreement> Disagreements,
    VerificationReport Verification)
{
    /// <summary>Who reports what: for each of the story's sources, how many of its points cite it (derived, not stored).</summary>
    public IReadOnlyList<SourceCoverage> Coverage =>
        SourceIds.Select(id => new SourceCoverage(id, Sections.SelectMany(s => s.Points).Count(p => p.Citations.Any(c => c.SourceId == id)))).ToList();
}

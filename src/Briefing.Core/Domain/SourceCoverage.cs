namespace Briefing.Domain;

/// <summary>How many of a story's points cite one of its sources.</summary>
public sealed record SourceCoverage(string SourceId, int Points);

namespace Briefing.Domain;

/// <summary>A source id and a verbatim quote from that source supporting a point.</summary>
public sealed record Citation(string SourceId, string Quote);

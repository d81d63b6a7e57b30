namespace Briefing.Domain;

public sealed record DroppedClaim(string Text, string? SourceId, string Reason);

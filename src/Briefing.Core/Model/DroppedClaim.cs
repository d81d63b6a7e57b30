namespace Briefing.Model;

public sealed record DroppedClaim(string Text, string? SourceId, string Reason);

namespace Briefing.Domain;

public sealed record DisagreementPosition(string SourceId, string Quote, string Value);

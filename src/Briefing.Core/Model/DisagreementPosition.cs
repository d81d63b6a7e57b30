namespace Briefing.Model;

public sealed record DisagreementPosition(string SourceId, string Quote, string Value);

namespace Briefing.Domain;

/// <summary>Sources that give different values for the same fact, each side quoted.</summary>
public sealed record Disagreement(string Topic, IReadOnlyList<DisagreementPosition> Positions);

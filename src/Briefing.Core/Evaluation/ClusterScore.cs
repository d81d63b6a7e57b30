namespace Briefing.Evaluation;

/// <summary>The engine's summary of one cluster, its scores, and the engine time it took.</summary>
public sealed record ClusterScore(string Id, string Summary, int Words, RougeResult Rouge, double EngineMs);

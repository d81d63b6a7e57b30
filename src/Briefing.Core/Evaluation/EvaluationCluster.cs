namespace Briefing.Evaluation;

/// <summary>One line of a Multi-News style dataset: documents on one story and a human reference summary.</summary>
public sealed record EvaluationCluster(string Id, IReadOnlyList<string> Documents, string Summary);

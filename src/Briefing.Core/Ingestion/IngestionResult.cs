using Briefing.Domain;

namespace Briefing.Ingestion;

/// <summary>The usable articles and everything that was skipped or warned about on the way.</summary>
public sealed record IngestionResult(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<string> Warnings);

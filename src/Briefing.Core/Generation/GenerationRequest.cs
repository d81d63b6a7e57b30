using Briefing.Ingestion;
using Briefing.Summarization;

namespace Briefing.Generation;

/// <summary>One briefing to make: its inputs and the per-request choices (null means the configured default).</summary>
public sealed record GenerationRequest(IReadOnlyList<ArticleInput> Inputs, string? Title = null, int? Words = null, Engine? Engine = null)
{
    /// <summary>How many stories an edition shows at most; null means the configured default.</summary>
    public int? MaxStories { get; init; }

    /// <summary>Treat every input as one story, without grouping.</summary>
    public bool OneStory { get; init; }
}

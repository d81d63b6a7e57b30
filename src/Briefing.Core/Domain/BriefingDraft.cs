namespace Briefing.Domain;

/// <summary>What a summarizer produces before verification: sections of cited points and optional title.</summary>
public sealed record BriefingDraft(string? Title, IReadOnlyList<Section> Sections, IReadOnlyList<Disagreement> Disagreements)
{
    /// <summary>Things the engine worked around (fallbacks, dropped model output), for the run report.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Model use, when a model was involved.</summary>
    public LlmReport? Model { get; init; }
}

namespace Briefing.Model;

/// <summary>What a summarizer produces before verification: sections of cited points and optional title.</summary>
public sealed record BriefingDraft(string? Title, IReadOnlyList<Section> Sections, IReadOnlyList<Disagreement> Disagreements);

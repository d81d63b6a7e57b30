namespace Briefing.Generation;

/// <summary>One briefing to make: inputs, where to write, which formats, and per-run overrides.</summary>
public sealed record BriefingRequest(
    IReadOnlyList<string> Inputs,
    string OutputFolder,
    IReadOnlyCollection<string> Formats,
    string? Title = null,
    int? Words = null);

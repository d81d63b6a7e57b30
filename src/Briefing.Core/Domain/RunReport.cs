namespace Briefing.Domain;

/// <summary>What happened during a run: skipped inputs, warnings, per-stage timings and, for the LLM engine, model use.</summary>
public sealed record RunReport(
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, long> TimingsMs)
{
    /// <summary>Calls, tokens, cost, cache hits and fallbacks of the LLM engine; null for the extractive engine.</summary>
    public LlmReport? Model { get; init; }
}

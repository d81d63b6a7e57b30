namespace Briefing.Model;

/// <summary>What happened during a run: skipped inputs, warnings and per-stage timings.</summary>
public sealed record RunReport(
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, long> TimingsMs);

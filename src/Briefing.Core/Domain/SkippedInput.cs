namespace Briefing.Domain;

/// <summary>An input that did not become an article, with the reason.</summary>
public sealed record SkippedInput(string Input, string Reason);

namespace Briefing.Domain;

/// <summary>One model call: its stage (map, combine, reconcile), what it was about, tokens, time and outcome.</summary>
public sealed record LlmCall(string Stage, string Subject, long InputTokens, long OutputTokens, long Ms, string Outcome);

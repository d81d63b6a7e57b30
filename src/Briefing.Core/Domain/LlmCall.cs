namespace Briefing.Domain;

/// <summary>
/// One model call: its stage (map, combine, reconcile), what it was about, tokens (reported by the server, or
/// estimated when it reports none), time, how many attempts it took, when it failed, the failure kind, and whether
/// its answer was cut off at the output limit and only its complete items kept.
/// </summary>
public sealed record LlmCall(string Stage, string Subject, long InputTokens, long OutputTokens, long Ms, int Attempts = 1, string? Failure = null, bool TokensEstimated = false, bool Salvaged = false)
{
    public bool Succeeded => Failure is null;

    /// <summary>The call in a few words, for people: "ok", "ok after 2 attempts (tokens estimated)", "failed: Timeout".</summary>
    public string Outcome =>
        (Failure is null ? "ok" : $"failed: {Failure}")
        + (Attempts > 1 ? $" after {Attempts} attempts" : "")
        + (TokensEstimated && Failure is null ? " (tokens estimated)" : "")
        + (Salvaged ? " (cut off at the output limit; its complete items kept)" : "");
}

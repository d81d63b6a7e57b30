namespace Briefing.LlmClient;

/// <summary>A model call that failed, classified so callers can retry, re-chunk or fall back, and report why.</summary>
public sealed class ModelCallException(ModelFailure failure, string message, int? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ModelFailure Failure { get; } = failure;

    public int? Status { get; } = status;

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The server asked for a wait beyond Llm:MaxRetryAfterSeconds, so the call is not retried.</summary>
    public bool WaitTooLong { get; init; }

    public bool IsTransient => Failure is ModelFailure.RateLimited or ModelFailure.ServerError or ModelFailure.Timeout or ModelFailure.Network;
}

namespace Briefing.Llm;

/// <summary>Why a model call produced nothing usable. Transient kinds are retried; the rest fail at once.</summary>
public enum ModelFailure
{
    RateLimited,
    ServerError,
    Timeout,
    Network,
    Unauthorized,
    QuotaExhausted,
    ContextLength,
    BadRequest,
    CircuitOpen,
    Truncated,
    EmptyContent,
    MalformedJson,
    Refused,
    UnexpectedResponse,
}

/// <summary>A model call that failed, classified so callers can retry, re-chunk or fall back, and report why.</summary>
public sealed class ModelCallException(ModelFailure failure, string message, int? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ModelFailure Failure { get; } = failure;

    public int? Status { get; } = status;

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => Failure is ModelFailure.RateLimited or ModelFailure.ServerError or ModelFailure.Timeout or ModelFailure.Network;
}

namespace Briefing.LlmClient;

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
    AnswerTooLarge,
}

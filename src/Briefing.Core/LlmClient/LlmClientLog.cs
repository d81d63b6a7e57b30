using Microsoft.Extensions.Logging;

namespace Briefing.LlmClient;

internal static partial class LlmClientLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Model call failed, attempt {Attempt} in {DelayMs} ms: {Failure}")]
    public static partial void Retrying(ILogger logger, int attempt, double delayMs, string failure);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Model circuit opened for {Seconds} s after repeated failures: {Failure}")]
    public static partial void CircuitOpened(ILogger logger, double seconds, string failure);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Model circuit closed: calls go through again")]
    public static partial void CircuitClosed(ILogger logger);
}

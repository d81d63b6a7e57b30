using Microsoft.Extensions.Logging;

namespace Briefing.LlmClient;

internal static partial class ModelCallLog
{
    [LoggerMessage(EventId = 210, Level = LogLevel.Debug, Message = "Prompt {Prompt} answered in {Ms} ms: {InputTokens} input and {OutputTokens} output tokens")]
    public static partial void Finished(ILogger logger, string prompt, double ms, long inputTokens, long outputTokens);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Prompt {Prompt} failed after {Ms} ms: {Failure}")]
    public static partial void Failed(ILogger logger, string prompt, double ms, string failure);

    [LoggerMessage(EventId = 212, Level = LogLevel.Information, Message = "Token counts for model '{Model}' are estimated as characters / 4: no tokenizer is known for it (set Llm:Tokenizer to o200k_base or cl100k_base)")]
    public static partial void TokensEstimated(ILogger logger, string model);
}

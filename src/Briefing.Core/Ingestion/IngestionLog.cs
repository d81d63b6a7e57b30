using Microsoft.Extensions.Logging;

namespace Briefing.Ingestion;

internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Skipped input {Input}: {Reason}")]
    public static partial void InputSkipped(ILogger logger, string input, string reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Input warning: {Warning}")]
    public static partial void InputWarning(ILogger logger, string warning);
}

using Microsoft.Extensions.Logging;

namespace Briefing.Service.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Database migrated to version {Version}: {Description}")]
    public static partial void Migrated(ILogger logger, int version, string description);
}

using Microsoft.Extensions.Logging;

namespace Briefing.Service.Feeds;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url}: {Items} items, {New} new")]
    public static partial void Read(ILogger logger, string url, int items, int @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} failed ({Failures} in a row): {Reason}")]
    public static partial void Failed(ILogger logger, string url, int failures, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url} moved permanently to {NewUrl}")]
    public static partial void Moved(ILogger logger, string url, string newUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} deactivated: {Reason}")]
    public static partial void Deactivated(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article page {Url} not used, falling back to the feed's text: {Reason}")]
    public static partial void PageFallback(ILogger logger, string url, string reason);
}

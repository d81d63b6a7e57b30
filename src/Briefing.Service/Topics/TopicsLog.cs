using Microsoft.Extensions.Logging;

namespace Briefing.Service.Topics;

internal static partial class TopicsLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Edition {Topic} {Date:yyyy-MM-dd} started: {Articles} articles from {Sources} sources, {Failures} failures")]
    public static partial void Gathered(ILogger logger, string topic, DateOnly date, int articles, int sources, int failures);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Edition {Topic} {Date:yyyy-MM-dd} ready: briefing {BriefingId}")]
    public static partial void Ready(ILogger logger, string topic, DateOnly date, Guid briefingId);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Edition {Topic} {Date:yyyy-MM-dd} failed: {Reason}")]
    public static partial void Failed(ILogger logger, string topic, DateOnly date, string reason);

    [LoggerMessage(EventId = 503, Level = LogLevel.Information, Message = "Edition {Topic} {Date:yyyy-MM-dd} already claimed ({Status}); this firing does nothing")]
    public static partial void AlreadyClaimed(ILogger logger, string topic, DateOnly date, string status);

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning, Message = "Topic {Topic} fired at {FiredAt:u}, beyond the grace period of {GraceHours} h: no edition made")]
    public static partial void BeyondGrace(ILogger logger, string topic, DateTimeOffset firedAt, int graceHours);

    [LoggerMessage(EventId = 505, Level = LogLevel.Information, Message = "Edition {Topic} {Date:yyyy-MM-dd} continued ({Status}) after an interruption")]
    public static partial void Continued(ILogger logger, string topic, DateOnly date, string status);

    [LoggerMessage(EventId = 506, Level = LogLevel.Warning, Message = "No topic named {Topic}: nothing to run")]
    public static partial void UnknownTopic(ILogger logger, string topic);

    [LoggerMessage(EventId = 507, Level = LogLevel.Information, Message = "Schedule: {Count} topic triggers in place, {Changed} changed, {Removed} removed")]
    public static partial void Scheduled(ILogger logger, int count, int changed, int removed);
}

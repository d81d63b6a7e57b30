using Microsoft.Extensions.Logging;

namespace Briefing.Service.Jobs;

internal static partial class JobsLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Briefing {Id} done: {Sources} sources (attempt {Attempt})")]
    public static partial void BriefingDone(ILogger logger, Guid id, int sources, int attempt);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Briefing {Id} failed: {Reason}")]
    public static partial void BriefingFailed(ILogger logger, Guid id, string reason);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Briefing {Id} failed unexpectedly")]
    public static partial void BriefingCrashed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "Requeued {Count} unfinished briefings after start")]
    public static partial void Requeued(ILogger logger, int count);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information, Message = "Briefing {Id} started (attempt {Attempt})")]
    public static partial void BriefingStarted(ILogger logger, Guid id, int attempt);

    [LoggerMessage(EventId = 405, Level = LogLevel.Information, Message = "Briefing {Id} already finished or deleted; job ends without generating")]
    public static partial void BriefingAlreadyFinished(ILogger logger, Guid id);
}

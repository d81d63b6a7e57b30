using Microsoft.Extensions.Logging;

namespace Briefing.Generation;

internal static partial class GenerationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Stage {Stage} done in {Ms} ms: {Detail}")]
    public static partial void StageDone(ILogger logger, string stage, long ms, string detail);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Fallback: {Fallback}")]
    public static partial void FallbackUsed(ILogger logger, string fallback);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Dropped claim of {SourceId} ({Reason})")]
    public static partial void ClaimDropped(ILogger logger, string sourceId, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Briefing made: {Sources} sources, {Stories} stories, {Points} points, claims verified {Verified}/{Claims}, engine {Engine}")]
    public static partial void BriefingMade(ILogger logger, int sources, int stories, int points, int verified, int claims, string engine);
}

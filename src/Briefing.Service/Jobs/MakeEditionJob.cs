using System.Globalization;
using Briefing.Service.Topics;
using Quartz;

namespace Briefing.Service.Jobs;

/// <summary>
/// The Quartz job of one topic (keyed by its name): a scheduled firing makes the edition it stands for; a run by
/// hand carries the claimed date. One at a time per topic, across nodes; recovered on another node if its node dies.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MakeEditionJob(EditionMaker maker) : IJob
{
    public const string Group = "editions";
    public const string DateKey = "edition-date";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var topic = context.JobDetail.Key.Name;
        if (context.MergedJobDataMap.GetString(DateKey) is { Length: > 0 } date)
        {
            await maker.ContinueAsync(topic, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
        }
        else
        {
            await maker.RunScheduledAsync(topic, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken);
        }
    }
}

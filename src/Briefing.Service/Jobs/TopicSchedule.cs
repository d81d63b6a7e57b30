using System.Globalization;
using Briefing.Service.Topics;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Briefing.Service.Jobs;

/// <summary>
/// Keeps one Quartz cron trigger per topic, in its time zone, in the job store. A trigger is replaced only when its
/// topic's cron or zone changed, so one kept across a restart still misfires after downtime and fires once.
/// </summary>
public sealed class TopicSchedule(ISchedulerFactory schedulers, ITopicCatalog topics, ILogger<TopicSchedule> logger)
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var all = await topics.ListAsync(cancellationToken);
        var changed = 0;
        foreach (var topic in all)
        {
            var existing = await scheduler.GetTrigger(new TriggerKey(topic.Name, MakeEditionJob.Group), cancellationToken) as ICronTrigger;
            if (existing is not null && existing.CronExpressionString == topic.Cron && existing.TimeZone.Id == topic.Zone.Id) continue;
            var trigger = TriggerBuilder.Create()
                .WithIdentity(topic.Name, MakeEditionJob.Group)
                .ForJob(Job(topic.Name))
                .WithCronSchedule(topic.Cron, cron => cron.InTimeZone(topic.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(Job(topic.Name), [trigger], ScheduleJobOptions.Replacing, cancellationToken);
            changed++;
        }

        var removed = 0;
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(MakeEditionJob.Group), cancellationToken))
        {
            if (all.Any(t => t.Name == key.Name)) continue;
            await scheduler.DeleteJob(key, cancellationToken);
            removed++;
        }

        TopicsLog.Scheduled(logger, all.Count, changed, removed);
    }

    /// <summary>Fires the topic's job now for a claimed edition (a run by hand).</summary>
    public async Task RunNowAsync(string topic, DateOnly date, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = Job(topic);
        if (!await scheduler.Exists(job.Key, cancellationToken)) await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        await scheduler.TriggerJob(job.Key, new JobDataMap { [MakeEditionJob.DateKey] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, cancellationToken);
    }

    /// <summary>When the topic's schedule fires next; null when it has no trigger.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(string topic, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return (await scheduler.GetTrigger(new TriggerKey(topic, MakeEditionJob.Group), cancellationToken))?.NextFireTimeUtc;
    }

    private static IJobDetail Job(string topic) =>
        JobBuilder.Create<MakeEditionJob>().WithIdentity(topic, MakeEditionJob.Group).StoreDurably().RequestRecovery().Build();
}

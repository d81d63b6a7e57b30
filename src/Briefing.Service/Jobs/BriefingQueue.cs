using Quartz;

namespace Briefing.Service.Jobs;

/// <summary>
/// Puts a stored briefing on the persistent Quartz job store: one job per briefing, keyed by its id, so asking twice
/// never makes a second job, and marked for recovery, so a node that dies mid-run has it run again.
/// </summary>
public sealed class BriefingQueue(ISchedulerFactory schedulers)
{
    public const string Group = "briefings";

    public async Task EnqueueAsync(Guid id, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(id.ToString("D"), Group);
        if (await scheduler.Exists(key, cancellationToken)) return;
        var job = JobBuilder.Create<GenerateBriefingJob>().WithIdentity(key).RequestRecovery().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(key.Name, Group).ForJob(key).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node or request queued it first: one job is what we want.
        }
    }
}

using Quartz;

namespace Briefing.Service.Jobs;

/// <summary>The Quartz job: a thin adapter that asks the worker to make the briefing named by the job key.</summary>
[DisallowConcurrentExecution]
public sealed class GenerateBriefingJob(BriefingWorker worker) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await worker.RunAsync(Guid.Parse(context.JobDetail.Key.Name), cancellationToken);
}

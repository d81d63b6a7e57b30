using Briefing.Service.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Service.Jobs;

/// <summary>
/// After a start, puts every briefing still queued or running back on the job store (a job that already exists is
/// left alone), so a restart never leaves a briefing stuck: it completes, or fails with a reason after
/// Jobs:MaxAttempts interrupted attempts.
/// </summary>
internal sealed class RecoveryService(BriefingStore store, BriefingQueue queue, ILogger<RecoveryService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var unfinished = await store.ListUnfinishedAsync(cancellationToken);
        foreach (var briefing in unfinished) await queue.EnqueueAsync(briefing.Id, cancellationToken);
        if (unfinished.Count > 0) JobsLog.Requeued(logger, unfinished.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Briefing.Web.Apis;

internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"scheduler {scheduler.SchedulerInstanceId} running")
            : HealthCheckResult.Unhealthy($"scheduler {scheduler.Status.ToString().ToLowerInvariant()}");
    }
}

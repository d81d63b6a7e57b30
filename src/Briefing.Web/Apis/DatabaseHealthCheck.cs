using Briefing.Service.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Web.Apis;

internal sealed class DatabaseHealthCheck(BriefingStore store, Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} reachable");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} not reachable: {ex.Message}");
        }
    }
}

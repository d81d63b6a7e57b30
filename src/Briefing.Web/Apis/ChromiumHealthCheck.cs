using Briefing.Rendering;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Apis;

/// <summary>Without Chromium briefings are still made, without PDFs: degraded, not unhealthy.</summary>
internal sealed class ChromiumHealthCheck(IOptions<RenderingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(ChromiumLocator.Find(options.Value.ChromiumPath) is { } path
            ? HealthCheckResult.Healthy($"Chromium at {path}")
            : HealthCheckResult.Degraded("no Chromium found: briefings are made without PDFs (Rendering:ChromiumPath)"));
}

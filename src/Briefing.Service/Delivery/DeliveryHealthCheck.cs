using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Service.Delivery;

/// <summary>"delivery" on /health/ready: degraded, with the server's reply, while sending is paused.</summary>
internal sealed class DeliveryHealthCheck(DeliveryState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Pause is { } pause
            ? HealthCheckResult.Degraded($"email sending paused since {pause.Since:u}: the SMTP server answered {pause.Code} {pause.Reply}; fix the Smtp settings or the server, then POST /api/delivery/resume")
            : HealthCheckResult.Healthy("email sending"));
}

using Microsoft.Extensions.Hosting;

namespace Briefing.Service.Jobs;

/// <summary>Puts every topic's trigger in place on start (after the migrations), removing those of topics gone.</summary>
internal sealed class TopicScheduleService(TopicSchedule schedule) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schedule.SyncAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

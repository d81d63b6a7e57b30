using Microsoft.Extensions.Hosting;

namespace Briefing.Service.Storage;

/// <summary>Creates and migrates the database when the host starts, before the scheduler and the endpoints use it.</summary>
internal sealed class MigrationService(Migrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

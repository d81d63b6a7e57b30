using Briefing.Service.Delivery;
using Briefing.Service.Feeds;
using Briefing.Service.Jobs;
using Briefing.Service.Storage;
using Briefing.Service.Topics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Service;

public static class ServiceRegistration
{
    /// <summary>
    /// Storage (migrated on start), the persistent Quartz job store (SQLite on one node; clustered on PostgreSQL)
    /// and background generation, on top of the engine's own services.
    /// </summary>
    public static IServiceCollection AddBriefingService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBriefingCore(configuration);
        services.AddBriefingFeeds(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<BriefingStore>();
        services.AddOptions<List<TopicDefinition>>().Bind(configuration.GetSection("Topics")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<List<TopicDefinition>>, TopicsValidator>();
        services.AddOptions<EditionsOptions>().Bind(configuration.GetSection(EditionsOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TopicStore>();
        services.AddSingleton<TopicCatalog>();
        services.AddSingleton<ITopicCatalog>(sp => sp.GetRequiredService<TopicCatalog>());
        services.AddSingleton<FeedSourceStore>();
        services.AddSingleton<EditionStore>();
        if (configuration.GetSection(SmtpOptions.Section).Exists()) services.AddEditionOutbox();
        services.AddSingleton<EditionGatherer>();
        services.AddSingleton<EditionMaker>();
        services.AddSingleton<TopicSchedule>();
        services.AddSingleton<BriefingQueue>();
        services.AddSingleton<BriefingWorker>();
        services.AddHostedService<MigrationService>();

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(jobs.MaxConcurrency);

            // A graceful stop (a rolling deploy) cancels running generations and hands each back to the job store
            // for recovery, so a node still running picks it up at its next poll instead of waiting for the stopped
            // node's missed cluster check-in, and the stop does not wait minutes for a model.
            q.ConfigureScheduler(s =>
            {
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
                s.IdleWaitTime = TimeSpan.FromSeconds(5);
            });
            q.UsePersistentStore(store =>
            {
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(storage.ConnectionString);
                    if (jobs.Clustered) store.UseClustering();
                }
                else
                {
                    store.UseSqlite(JobStoreFile(storage));
                }

                store.ConfigureStore(o => o.RecoverFiringsCancelledByShutdown = true);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<RecoveryService>();
        services.AddHostedService<TopicScheduleService>();
        return services;
    }

    // Quartz keeps its tables in a file of their own beside the briefings, so its locking never waits on ours.
    private static string JobStoreFile(StorageOptions storage)
    {
        var builder = new SqliteConnectionStringBuilder(Database.Prepare(storage));
        builder.DataSource = Path.Combine(Path.GetDirectoryName(builder.DataSource) ?? ".", Path.GetFileNameWithoutExtension(builder.DataSource) + "-jobs.db");
        return builder.ToString();
    }
}

using Briefing.Service;
using Briefing.Service.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli;

/// <summary>Configuration and services, with every setting, the templates and the chosen engine checked before any work.</summary>
internal static class CliHost
{
    public static ServiceProvider Build(string? configFile, IDictionary<string, string?>? overrides = null) =>
        Build(configFile, overrides, (services, configuration) => services.AddBriefingCore(configuration));

    /// <summary>The engine with the shared service features (storage, feeds, topics, editions), for commands that use them.</summary>
    public static ServiceProvider BuildService(string? configFile) =>
        Build(configFile, null, (services, configuration) => services.AddBriefingService(configuration));

    private static ServiceProvider Build(string? configFile, IDictionary<string, string?>? overrides, Action<IServiceCollection, IConfiguration> add)
    {
        var configuration = BriefingConfiguration.Build(configFile, overrides);
        var collection = new ServiceCollection()
            .AddLogging(logging => logging
                .AddConfiguration(configuration.GetSection("Logging"))
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        add(collection, configuration);
        collection.AddBriefingOpenTelemetry(BriefingOpenTelemetry.OtlpEndpoint);
        var services = collection.BuildServiceProvider();
        // No generic host starts them here: resolving them starts the export; disposing the services flushes it.
        _ = services.GetService<OpenTelemetry.Trace.TracerProvider>();
        _ = services.GetService<OpenTelemetry.Metrics.MeterProvider>();
        try
        {
            services.ValidateBriefingCore();
        }
        catch
        {
            services.Dispose();
            throw;
        }

        return services;
    }
}

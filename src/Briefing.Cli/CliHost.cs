using Briefing.Service.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli;

/// <summary>Configuration and services, with every setting, the templates and the chosen engine checked before any work.</summary>
internal static class CliHost
{
    public static ServiceProvider Build(string? configFile, IDictionary<string, string?>? overrides = null)
    {
        var configuration = BriefingConfiguration.Build(configFile, overrides);
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .AddConfiguration(configuration.GetSection("Logging"))
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddBriefingCore(configuration)
            .BuildServiceProvider();
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

using Briefing.Generation;
using Briefing.Summarization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Cli;

/// <summary>Configuration (appsettings.json, --config, BRIEFING_ environment variables) and services, validated before any work.</summary>
internal static class CliHost
{
    public static ServiceProvider Build(string? configFile, IDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var local = Path.GetFullPath("appsettings.json");
        if (File.Exists(local) && local != Path.Combine(AppContext.BaseDirectory, "appsettings.json")) builder.AddJsonFile(local, optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new BriefingException(ExitCodes.BadArguments, $"--config: file not found: '{configFile}'");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        builder.AddEnvironmentVariables("BRIEFING_");
        if (overrides is not null) builder.AddInMemoryCollection(overrides);

        IConfiguration configuration;
        try
        {
            configuration = builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new BriefingException(ExitCodes.BadArguments, $"configuration file is not valid JSON: {ex.Message}", ex);
        }

        var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            services.GetRequiredService<ISummarizer>();
        }
        catch (BriefingException)
        {
            services.Dispose();
            throw;
        }
        catch (OptionsValidationException ex)
        {
            services.Dispose();
            throw new BriefingException(ExitCodes.BadArguments, $"invalid setting in section '{ex.OptionsType.Name.Replace("Options", "", StringComparison.Ordinal)}': {string.Join("; ", ex.Failures)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            services.Dispose();
            throw new BriefingException(ExitCodes.BadArguments, $"invalid configuration: {ex.Message}", ex);
        }

        return services;
    }
}

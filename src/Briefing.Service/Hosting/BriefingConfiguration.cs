using Briefing.Domain;
using Microsoft.Extensions.Configuration;

namespace Briefing.Service.Hosting;

/// <summary>
/// Where every host reads its settings: appsettings.json beside the program, then one in the working folder, then an
/// optional extra file, then BRIEFING_-prefixed environment variables (section separator "__"), then per-run
/// overrides. A section nobody reads (a misspelt "Verfication") is an error naming it.
/// </summary>
public static class BriefingConfiguration
{
    public const string EnvironmentPrefix = "BRIEFING_";

    /// <summary>Sections the hosts read besides the engine's own (<see cref="ServiceCollectionExtensions.Sections"/>).</summary>
    public static readonly IReadOnlyList<string> HostSections = ["Logging", "Storage", "Web", "Jobs", "Feeds", "Topics", "Editions", "Delivery", "Smtp", "Kestrel", "AllowedHosts"];

    public static IConfigurationRoot Build(string? extraFile, IDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        var beside = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        builder.AddJsonFile(beside, optional: true);
        var local = Path.GetFullPath("appsettings.json");
        if (File.Exists(local) && local != beside) builder.AddJsonFile(local, optional: true);
        if (extraFile is not null)
        {
            if (!File.Exists(extraFile)) throw new BriefingException(BriefingErrorKind.BadInput, $"--config: file not found: '{extraFile}'", "--config");
            builder.AddJsonFile(Path.GetFullPath(extraFile), optional: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null) builder.AddInMemoryCollection(overrides);
        IConfigurationRoot configuration;
        try
        {
            configuration = builder.Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new BriefingException(BriefingErrorKind.Configuration, $"configuration file is not valid JSON: {ex.Message}", extraFile ?? "appsettings.json", ex);
        }

        RejectUnknownSections(configuration);
        return configuration;
    }

    /// <exception cref="BriefingException">Configuration, naming the first unknown section.</exception>
    public static void RejectUnknownSections(IConfiguration configuration)
    {
        var known = ServiceCollectionExtensions.Sections.Concat(HostSections).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Only sections count: a root-level value such as BRIEFING_NO_INSTALL=1 (read by build.sh and the tests, and
        // seen here through the BRIEFING_ prefix) is not a setting of any section.
        var unknown = configuration.GetChildren().Where(c => c.GetChildren().Any()).Select(c => c.Key).Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return;
        throw new BriefingException(
            BriefingErrorKind.Configuration,
            $"unknown settings section '{unknown[0]}' (known sections: {string.Join(", ", known.Order(StringComparer.Ordinal))})",
            unknown[0]);
    }

    /// <summary>The environment variable that sets a key such as "Llm:Model": BRIEFING_Llm__Model.</summary>
    public static string EnvironmentVariable(string key) => EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal);
}

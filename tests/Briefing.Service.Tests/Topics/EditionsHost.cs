using Briefing.Service.Storage;
using Briefing.Service.Tests.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Service.Tests.Topics;

/// <summary>
/// The real service graph for editions: a SQLite file of its own, loopback feeds allowed without jitter, the
/// extractive engine, no Chromium (PDF failures are recorded, not fatal), and a clock the test moves.
/// </summary>
internal static class EditionsHost
{
    public static async Task<ServiceProvider> StartAsync(string connectionString, TestClock clock, IDictionary<string, string?> settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Feeds:AllowedHosts:0"] = "127.0.0.1",
            ["Feeds:JitterMilliseconds"] = "0",
            ["Summarization:Engine"] = "Extractive",
            ["Rendering:TemplatesPath"] = Repo.Templates,
            ["Rendering:ChromiumPath"] = "/nonexistent/chromium",
        };
        foreach (var (k, v) in settings) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ILoggerFactory, NullLoggerFactory>()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddBriefingService(configuration);
        services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<Migrator>().MigrateAsync(default);
        return provider;
    }

    /// <summary>Settings for one topic at index 0 of the Topics list.</summary>
    public static Dictionary<string, string?> Topic(string name, string cron, string zone, int lookbackHours, params string[] sources)
    {
        var values = new Dictionary<string, string?>
        {
            ["Topics:0:Name"] = name,
            ["Topics:0:Cron"] = cron,
            ["Topics:0:TimeZone"] = zone,
            ["Topics:0:LookbackHours"] = lookbackHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < sources.Length; i++) values[$"Topics:0:Sources:{i}"] = sources[i];
        return values;
    }
}

using Briefing.Service.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Service.Tests.Feeds;

/// <summary>The real Feeds service graph, loopback allowed, no jitter, a test clock.</summary>
internal static class FeedsHost
{
    public static ServiceProvider Build(TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Feeds:AllowedHosts:0"] = "127.0.0.1",
            ["Feeds:JitterMilliseconds"] = "0",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddSingleton(clock ?? new TestClock())
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddBriefingFeeds(configuration)
            .BuildServiceProvider();
    }

    public static IFeedReader Reader(this ServiceProvider services) => services.GetRequiredService<IFeedReader>();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests;

/// <summary>The real service graph with the repository's templates and a fixed clock.</summary>
internal static class Services
{
    public static ServiceProvider Build(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? extra = null)
    {
        var values = new Dictionary<string, string?> { ["Rendering:TemplatesPath"] = Repo.Templates };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(FixedTime.Default);
        extra?.Invoke(services);
        return services.AddBriefingCore(configuration).BuildServiceProvider();
    }
}

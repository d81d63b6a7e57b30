using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Feeds;

public static class FeedsRegistration
{
    /// <summary>Registers <see cref="IFeedReader"/> and <see cref="IArticlePageReader"/> with "Feeds" options validated at start.</summary>
    public static IServiceCollection AddBriefingFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedsOptions>()
            .Bind(configuration.GetSection(FeedsOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FeedsOptions>>().Value);
        services.AddSingleton<SafeConnector>();
        services.AddSingleton<HostGate>();
        services.AddSingleton(sp => new SafeHttp(
            SafeHttp.CreateClient(sp.GetRequiredService<SafeConnector>(), sp.GetRequiredService<FeedsOptions>()),
            sp.GetRequiredService<HostGate>(),
            sp.GetRequiredService<FeedsOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFeedReader, FeedReader>();
        services.AddSingleton<IArticlePageReader, ArticlePageReader>();
        return services;
    }
}

using Briefing.Text;
using Briefing.Ingestion;
using Briefing.LlmClient;
using Briefing.Generation;
using Briefing.Disagreements;
using Briefing.Rendering;
using Briefing.Stories;
using Briefing.Summarization;
using Briefing.Summarization.Extractive;
using Briefing.Summarization.Llm;
using Briefing.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.AI;

namespace Briefing;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the pipeline and every stage, with options bound from configuration and validated at start.</summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStageOptions<IngestionOptions>(configuration, IngestionOptions.Section);
        services.AddStageOptions<StoriesOptions>(configuration, StoriesOptions.Section);
        services.AddStageOptions<SummarizationOptions>(configuration, SummarizationOptions.Section);
        services.AddStageOptions<ExtractiveOptions>(configuration, ExtractiveOptions.Section);
        services.AddStageOptions<DisagreementOptions>(configuration, DisagreementOptions.Section);
        services.AddStageOptions<VerificationOptions>(configuration, VerificationOptions.Section);
        services.AddStageOptions<RenderingOptions>(configuration, RenderingOptions.Section);
        services.AddStageOptions<LlmOptions>(configuration, LlmOptions.Section);
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleLoader, ArticleLoader>();
        services.AddSingleton<IStoryGrouper, StoryGrouper>();
        services.AddSingleton<StoryIndexCache>();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<LlmPrompts>();
        services.TryAddSingleton<IChatClient>(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new ResilientChatClient(OpenAIChatClientAdapter.Create(llm), llm, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<ISummarizer>(EngineSelector.Create);
        services.AddSingleton<IDisagreementDetector, DisagreementDetector>();
        services.AddSingleton<ICitationVerifier, CitationVerifier>();
        services.AddSingleton<CompiledTemplates>();
        services.AddSingleton<HtmlRenderer>();
        services.AddSingleton<IBriefingRenderer>(sp => sp.GetRequiredService<HtmlRenderer>());
        services.AddSingleton<IBriefingRenderer, MarkdownRenderer>();
        services.AddSingleton<IBriefingRenderer, JsonRenderer>();
        services.AddSingleton<IBriefingRenderer, PdfRenderer>();
        services.AddSingleton<BriefingGenerator>();
        return services;
    }

    private static void AddStageOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}

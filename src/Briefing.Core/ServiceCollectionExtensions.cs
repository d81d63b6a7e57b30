using Briefing.Disagreements;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.LlmClient;
using Briefing.Rendering;
using Briefing.Stories;
using Briefing.Summarization;
using Briefing.Summarization.Extractive;
using Briefing.Summarization.Llm;
using Briefing.Text;
using Briefing.Verification;
using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing;

public static class ServiceCollectionExtensions
{
    /// <summary>The configuration sections the engine reads; a host adds its own and rejects any other.</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        IngestionOptions.Section, StoriesOptions.Section, SummarizationOptions.Section, ExtractiveOptions.Section, DisagreementOptions.Section,
        VerificationOptions.Section, RenderingOptions.Section, LlmOptions.Section,
    ];

    /// <summary>Registers the generator, every stage and the renderers, with options bound from configuration and validated at start.</summary>
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
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<IArticleLoader, ArticleLoader>();
        services.AddSingleton<IStoryGrouper, StoryGrouper>();
        services.AddSingleton<StoryIndexCache>();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<LlmPrompts>();
        // A host or a test may register its own IChatClient (any Microsoft.Extensions.AI client) or, for Azure OpenAI
        // with Entra ID, its own TokenCredential; the kernel is built once, over whichever client is registered.
        services.TryAddSingleton<IChatClient>(sp => ChatClientFactory.Create(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetService<TokenCredential>()));
        services.TryAddSingleton(sp => LlmKernel.Create(sp.GetRequiredService<IChatClient>(), sp.GetRequiredService<IOptions<LlmOptions>>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddKeyedSingleton<ISummarizer>(Engine.Extractive, (sp, _) => EngineSelector.CreateExtractive(sp));
        services.AddKeyedSingleton<ISummarizer>(Engine.Llm, (sp, _) => EngineSelector.CreateLlm(sp));
        services.AddSingleton<EngineSelector>();
        services.AddSingleton<IDisagreementDetector, DisagreementDetector>();
        services.AddSingleton<ICitationVerifier, CitationVerifier>();
        services.AddSingleton<CompiledTemplates>();
        services.AddSingleton<HtmlRenderer>();
        services.AddSingleton<IBriefingRenderer>(sp => sp.GetRequiredService<HtmlRenderer>());
        services.AddSingleton<IBriefingRenderer, MarkdownRenderer>();
        services.AddSingleton<IBriefingRenderer, JsonRenderer>();
        services.AddSingleton<IBriefingRenderer, PdfRenderer>();
        services.AddSingleton<IBriefingGenerator, BriefingGenerator>();
        return services;
    }

    /// <summary>
    /// Checks every setting and the templates before any work: an invalid setting or a broken template stops the
    /// host with a <see cref="Domain.BriefingException"/> of kind Configuration naming the section or setting.
    /// </summary>
    public static void ValidateBriefingCore(this IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException ex)
        {
            var section = ex.OptionsType.Name.Replace("Options", "", StringComparison.Ordinal);
            throw new Domain.BriefingException(Domain.BriefingErrorKind.Configuration, $"invalid setting in section '{section}': {string.Join("; ", ex.Failures)}", section, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new Domain.BriefingException(Domain.BriefingErrorKind.Configuration, $"invalid configuration: {ex.Message}", null, ex);
        }

        services.GetRequiredService<CompiledTemplates>().Validate();
    }

    private static void AddStageOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}

using Briefing.Domain;
using Briefing.LlmClient;
using Briefing.Summarization.Extractive;
using Briefing.Summarization.Llm;
using Microsoft.SemanticKernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Summarization;

/// <summary>
/// Picks the summarizer for each request: the requested engine, else Summarization:Engine. Auto means the LLM engine
/// when a model endpoint is configured, else the embedded extractive engine. One process serves both engines.
/// Asking for the LLM engine checks its settings and prompt files first, so a missing model name or a broken prompt
/// stops the request before any work, naming the setting to fix.
/// </summary>
public sealed class EngineSelector(IServiceProvider services, IOptions<SummarizationOptions> summarization, IOptions<LlmOptions> llm)
{
    /// <summary>The concrete engine a request gets: never <see cref="Engine.Auto"/>.</summary>
    public Engine Resolve(Engine? requested)
    {
        var engine = requested ?? summarization.Value.Engine;
        if (engine != Engine.Auto) return engine;
        return llm.Value.ResolvedEndpoint is null ? Engine.Extractive : Engine.Llm;
    }

    /// <exception cref="BriefingException">Configuration, naming the setting, when the LLM engine is asked for but not configured.</exception>
    public ISummarizer Get(Engine? requested) => services.GetRequiredKeyedService<ISummarizer>(Resolve(requested));

    internal static ISummarizer CreateLlm(IServiceProvider services)
    {
        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (llm.ResolvedEndpoint is null)
        {
            throw new BriefingException(BriefingErrorKind.Configuration, "the llm engine needs a model endpoint: set Llm:Endpoint or Llm:Provider", "Llm:Endpoint");
        }

        if (llm.Provider == LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(llm.Deployment))
        {
            throw new BriefingException(BriefingErrorKind.Configuration, "Llm:Provider AzureOpenAI needs the deployment name: set Llm:Deployment", "Llm:Deployment");
        }

        if (string.IsNullOrWhiteSpace(llm.ModelName)) throw new BriefingException(BriefingErrorKind.Configuration, "the llm engine needs a model name: set Llm:Model", "Llm:Model");
        if (llm.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && llm.AzureAuth == AzureAuth.ApiKey && string.IsNullOrWhiteSpace(llm.ApiKey))
        {
            throw new BriefingException(BriefingErrorKind.Configuration, $"Llm:Provider {llm.Provider} needs an API key: set Llm:ApiKey{(llm.Provider == LlmProvider.AzureOpenAI ? ", or Llm:AzureAuth EntraId to sign in with Microsoft Entra ID" : "")}", "Llm:ApiKey");
        }

        LlmPrompts prompts;
        try
        {
            prompts = services.GetRequiredService<LlmPrompts>();
        }
        catch (PromptException ex)
        {
            throw new BriefingException(BriefingErrorKind.Configuration, ex.Message, "Llm:PromptsPath", ex);
        }

        return ActivatorUtilities.CreateInstance<LlmSummarizer>(services, services.GetRequiredService<Kernel>(), prompts);
    }

    internal static ISummarizer CreateExtractive(IServiceProvider services) => services.GetRequiredService<ExtractiveSummarizer>();
}

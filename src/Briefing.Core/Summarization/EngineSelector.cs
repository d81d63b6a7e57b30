using Briefing.LlmClient;
using Briefing.Generation;
using Briefing.Summarization.Extractive;
using Briefing.Summarization.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Summarization;

/// <summary>
/// Picks the engine from Summarization:Engine. Auto means the LLM engine when a model endpoint is configured, else
/// the embedded extractive engine. Choosing the LLM engine checks its settings and prompt files first, so a
/// missing model name or a broken prompt stops the run before any work, naming what to fix.
/// </summary>
internal static class EngineSelector
{
    public static bool UsesLlm(SummarizationOptions summarization, LlmOptions llm) =>
        summarization.Engine == Engine.Llm || (summarization.Engine == Engine.Auto && llm.ResolvedEndpoint is not null);

    public static ISummarizer Create(IServiceProvider services)
    {
        var extractive = services.GetRequiredService<ExtractiveSummarizer>();
        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (!UsesLlm(services.GetRequiredService<IOptions<SummarizationOptions>>().Value, llm)) return extractive;

        if (llm.ResolvedEndpoint is null)
        {
            throw new BriefingException(ExitCodes.BadArguments, "the llm engine needs a model endpoint: set Llm:Endpoint or Llm:Provider (environment: BRIEFING_Llm__Endpoint, BRIEFING_Llm__Provider)");
        }

        if (string.IsNullOrWhiteSpace(llm.Model)) throw new BriefingException(ExitCodes.BadArguments, "the llm engine needs a model name: set Llm:Model (environment: BRIEFING_Llm__Model)");
        if (llm.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(llm.ApiKey))
        {
            throw new BriefingException(ExitCodes.BadArguments, $"Llm:Provider {llm.Provider} needs an API key: set Llm:ApiKey (environment: BRIEFING_Llm__ApiKey)");
        }

        LlmPrompts prompts;
        try
        {
            prompts = services.GetRequiredService<LlmPrompts>();
        }
        catch (PromptException ex)
        {
            throw new BriefingException(ExitCodes.BadArguments, ex.Message, ex);
        }

        return ActivatorUtilities.CreateInstance<LlmSummarizer>(services, services.GetRequiredService<IChatClient>(), prompts);
    }
}

namespace Briefing.LlmClient;

/// <summary>Endpoint presets for Llm:Provider.</summary>
public enum LlmProvider
{
    Custom,
    OpenAI,
    AzureOpenAI,
    Ollama,
}

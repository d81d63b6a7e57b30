namespace Briefing.LlmClient;

/// <summary>How Briefing signs in to Azure OpenAI (Llm:AzureAuth).</summary>
public enum AzureAuth
{
    ApiKey,
    EntraId,
}

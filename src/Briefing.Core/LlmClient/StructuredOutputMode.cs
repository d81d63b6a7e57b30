namespace Briefing.LlmClient;

/// <summary>How structured output is requested (Llm:StructuredOutput).</summary>
public enum StructuredOutputMode
{
    JsonSchema,
    JsonObject,
}

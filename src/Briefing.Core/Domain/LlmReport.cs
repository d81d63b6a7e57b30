namespace Briefing.Domain;

/// <summary>What the LLM engine spent and what it worked around. Never holds the API key.</summary>
public sealed record LlmReport(
    string Model,
    string Endpoint,
    IReadOnlyList<LlmCall> Calls,
    int CachedArticles,
    IReadOnlyList<string> Fallbacks,
    IReadOnlyList<DroppedClaim> DroppedAtMap)
{
    public long InputTokens => Calls.Sum(c => c.InputTokens);

    public long OutputTokens => Calls.Sum(c => c.OutputTokens);

    /// <summary>Estimated cost from Llm:InputPricePer1K and Llm:OutputPricePer1K; null when no price is set.</summary>
    public decimal? EstimatedCost { get; init; }
}

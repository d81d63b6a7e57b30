using System.Collections.Concurrent;
using Briefing.Domain;

namespace Briefing.LlmClient;

/// <summary>Every model call of one run, in the order they finished (thread-safe).</summary>
internal sealed class UsageLedger
{
    private readonly ConcurrentQueue<LlmCall> _calls = new();

    public IReadOnlyList<LlmCall> Calls => [.. _calls];

    public void Record(LlmCall call) => _calls.Enqueue(call);

    public static decimal? Cost(IReadOnlyList<LlmCall> calls, LlmOptions options) =>
        Cost(calls.Sum(c => c.InputTokens), calls.Sum(c => c.OutputTokens), options);

    /// <summary>The estimated cost of that many tokens from Llm:InputPricePer1K and Llm:OutputPricePer1K; null when no price is set.</summary>
    public static decimal? Cost(long inputTokens, long outputTokens, LlmOptions options)
    {
        if (options.InputPricePer1K is null && options.OutputPricePer1K is null) return null;
        var input = inputTokens / 1000m * (options.InputPricePer1K ?? 0);
        var output = outputTokens / 1000m * (options.OutputPricePer1K ?? 0);
        return Math.Round(input + output, 6);
    }
}

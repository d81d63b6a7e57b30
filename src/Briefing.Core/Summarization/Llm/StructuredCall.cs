using System.Diagnostics;
using System.Text.Json;
using Briefing.LlmClient;
using Briefing.Domain;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;

namespace Briefing.Summarization.Llm;

/// <summary>
/// One call of a prompt function that must come back as JSON in a given schema: the kernel renders the prompt file's
/// fixed system text and its user message (the only place source text goes) from the arguments, with the file's
/// execution settings, the output cap and the schema (sent as a strict json_schema, or by
/// <see cref="OpenAIRequestShaping"/> as text in the user message in JsonObject mode), read by <c>read</c>. An answer
/// cut off at the output limit keeps what it wrote out in full (<see cref="JsonSalvage"/>) when that still reads;
/// otherwise truncated, empty, refused and malformed answers become <see cref="ModelCallException"/>s. Every call is
/// recorded in the run's ledger.
/// </summary>
internal sealed class StructuredCall(Kernel kernel, LlmOptions options, UsageLedger ledger)
{
    public async Task<T> RunAsync<T>(PromptTemplate prompt, KernelArguments arguments, string schemaName, JsonElement schema, string subject, Func<JsonElement, T> read, int? maxOutputTokens, CancellationToken cancellationToken)
    {
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["max_tokens"] = (maxOutputTokens ?? prompt.MaxOutputTokens ?? options.MaxOutputTokens) * (options.ReasoningModel ? 4 : 1),
                ["response_format"] = schema,
                [KernelChatClient.SchemaNameKey] = schemaName,
            },
        };
        // Reasoning models accept no temperature but their default; unset, the model's default applies too.
        if (!options.ReasoningModel && (prompt.Temperature ?? options.Temperature) is { } temperature) settings.ExtensionData["temperature"] = temperature;
        if (options.StructuredOutput == StructuredOutputMode.JsonObject || prompt.JsonObjectOnly) settings.ExtensionData[OpenAIRequestShaping.JsonObjectKey] = true;
        var call = new KernelArguments(arguments, new Dictionary<string, PromptExecutionSettings> { [PromptExecutionSettings.DefaultServiceId] = settings });

        var sw = Stopwatch.StartNew();
        ChatResponse response;
        try
        {
            var result = await prompt.Function.InvokeAsync(kernel, call, cancellationToken);
            response = result.GetValue<object>() switch
            {
                ChatResponse r => r,
                ChatMessageContent { InnerContent: ChatResponse r } => r,
                var other => throw new InvalidOperationException($"the kernel returned {other?.GetType().Name ?? "nothing"}, not a chat response"),
            };
        }
        catch (ModelCallException ex)
        {
            ledger.Record(new LlmCall(prompt.Name, subject, 0, 0, sw.ElapsedMilliseconds, Failure: ex.Failure.ToString()));
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An answer the SDK cannot read (an unknown finish_reason, a body that is not a chat completion) is a
            // failed call like any other: the engine falls back instead of aborting the run.
            ledger.Record(new LlmCall(prompt.Name, subject, 0, 0, sw.ElapsedMilliseconds, Failure: nameof(ModelFailure.UnexpectedResponse)));
            throw new ModelCallException(ModelFailure.UnexpectedResponse, $"unreadable answer ({ex.GetType().Name}: {ex.Message})", inner: ex);
        }

        var attempts = response.AdditionalProperties?.TryGetValue(ResilientChatClient.AttemptsKey, out var n) == true && n is int count ? count : 1;
        // A server that reports no usage (some local ones) still gets a token figure, counted by the shaping client and marked so.
        var estimated = response.AdditionalProperties?.ContainsKey(KernelChatClient.CountedKey) == true;
        var record = new LlmCall(prompt.Name, subject, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, sw.ElapsedMilliseconds, attempts, TokensEstimated: estimated);
        try
        {
            var result = read(Parse(response));
            ledger.Record(record);
            return result;
        }
        catch (ModelCallException ex) when (ex.Failure == ModelFailure.Truncated && Salvage(response.Text ?? "", read) is { } salvaged)
        {
            ledger.Record(record with { Salvaged = true });
            return salvaged;
        }
        catch (ModelCallException ex)
        {
            ledger.Record(record with { Failure = ex.Failure.ToString() });
            throw;
        }
    }

    private static T? Salvage<T>(string text, Func<JsonElement, T> read)
    {
        foreach (var candidate in JsonSalvage.Candidates(StripFence(text.Trim())))
        {
            try
            {
                return read(candidate);
            }
            catch (ModelCallException)
            {
            }
        }

        return default;
    }

    private static JsonElement Parse(ChatResponse response)
    {
        var text = response.Text?.Trim() ?? "";
        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            var refusal = response.AdditionalProperties?.TryGetValue("refusal", out var r) == true ? $": {r}" : "";
            throw new ModelCallException(ModelFailure.Refused, $"the model refused or its content filter stopped the answer{refusal}");
        }

        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new ModelCallException(ModelFailure.Truncated, $"answer cut off at the output token limit ({text.Length} characters of JSON received)");
        }

        if (text.Length == 0) throw new ModelCallException(ModelFailure.EmptyContent, "the model returned no content");
        text = StripFence(text);
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ModelCallException(ModelFailure.MalformedJson, "the answer is JSON but not an object");
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ModelCallException(ModelFailure.MalformedJson, $"the answer is not valid JSON ({ex.Message})", inner: ex);
        }
    }

    // Some local servers in JsonObject mode still wrap the object in a Markdown code fence.
    private static string StripFence(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal)) return text;
        var start = text.IndexOf('\n');
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? text[(start + 1)..end].Trim() : text;
    }
}

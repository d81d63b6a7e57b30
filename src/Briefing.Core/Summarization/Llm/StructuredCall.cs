using System.Diagnostics;
using System.Text.Json;
using Briefing.LlmClient;
using Briefing.Domain;
using Microsoft.Extensions.AI;

namespace Briefing.Summarization.Llm;

/// <summary>
/// One model call that must come back as JSON in a given schema: the prompt's fixed system text, the rendered user
/// message (the only place source text goes), the schema as a strict response format (or, in JsonObject mode, as
/// text appended to the user message), read by <c>read</c>. An answer cut off at the output limit keeps what it
/// wrote out in full (<see cref="JsonSalvage"/>) when that still reads; otherwise truncated, empty, refused and
/// malformed answers become <see cref="ModelCallException"/>s. Every attempt is recorded in the ledger.
/// </summary>
internal sealed class StructuredCall(IChatClient client, LlmOptions options, UsageLedger ledger)
{
    public async Task<T> RunAsync<T>(PromptTemplate prompt, object view, string schemaName, JsonElement schema, string subject, Func<JsonElement, T> read, int? maxOutputTokens, CancellationToken cancellationToken)
    {
        var user = prompt.RenderUser(view);
        ChatResponseFormat format;
        if (options.StructuredOutput == StructuredOutputMode.JsonSchema)
        {
            format = ChatResponseFormat.ForJsonSchema(schema, schemaName);
        }
        else
        {
            format = ChatResponseFormat.Json;
            user += $"\n\nAnswer with one JSON object that follows this JSON schema:\n{schema.GetRawText()}";
        }

        var chatOptions = new ChatOptions
        {
            ModelId = options.Model,
            Temperature = options.ReasoningModel ? null : (float?)(prompt.Temperature ?? options.Temperature),
            MaxOutputTokens = (maxOutputTokens ?? prompt.MaxOutputTokens ?? options.MaxOutputTokens) * (options.ReasoningModel ? 4 : 1),
            ResponseFormat = format,
        };
        List<ChatMessage> messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, user)];

        var sw = Stopwatch.StartNew();
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(messages, chatOptions, cancellationToken);
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
        // A server that reports no usage (some local ones) still gets a token figure, estimated and marked so.
        var estimated = response.Usage?.InputTokenCount is null;
        var input = response.Usage?.InputTokenCount ?? TokenEstimate.Of(prompt.System) + TokenEstimate.Of(user);
        var output = response.Usage?.OutputTokenCount ?? TokenEstimate.Of(response.Text ?? "");
        var call = new LlmCall(prompt.Name, subject, input, output, sw.ElapsedMilliseconds, attempts, TokensEstimated: estimated);
        try
        {
            var result = read(Parse(response));
            ledger.Record(call);
            return result;
        }
        catch (ModelCallException ex) when (ex.Failure == ModelFailure.Truncated && Salvage(response.Text ?? "", read) is { } salvaged)
        {
            ledger.Record(call with { Salvaged = true });
            return salvaged;
        }
        catch (ModelCallException ex)
        {
            ledger.Record(call with { Failure = ex.Failure.ToString() });
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

using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AI = Microsoft.Extensions.AI;
using Sdk = OpenAI.Chat;

namespace Briefing.LlmClient;

/// <summary>
/// What the OpenAI SDK's <see cref="IChatClient"/> does not do on its own: a JSON schema is always sent strict under
/// its name, the output cap also goes out as max_tokens when <see cref="LlmOptions.SendsMaxTokens"/>, and a refusal
/// comes back as a content-filter finish with its text.
/// For servers without json_schema (the "json_object" property, from Llm:StructuredOutput JsonObject or a prompt's
/// response_format), json_object is asked for and the schema goes as text at the end of the user message.
/// </summary>
internal sealed class OpenAIRequestShaping(IChatClient inner, bool sendMaxTokens) : DelegatingChatClient(inner)
{
    public const string JsonObjectKey = "json_object";

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.AdditionalProperties?.ContainsKey(JsonObjectKey) == true && options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
        {
            var list = messages.ToList();
            var last = list.FindLastIndex(m => m.Role == ChatRole.User);
            if (last >= 0) list[last] = new AI.ChatMessage(ChatRole.User, $"{list[last].Text}\n\nAnswer with one JSON object that follows this JSON schema:\n{schema.GetRawText()}");
            messages = list;
            options = options.Clone();
            options.AdditionalProperties!.Remove(JsonObjectKey);
            options.ResponseFormat = AI.ChatResponseFormat.Json;
        }

        var response = await base.GetResponseAsync(messages, Shape(options), cancellationToken);
        if (response.RawRepresentation is ChatCompletion { Refusal: { } refusal })
        {
            response.FinishReason = AI.ChatFinishReason.ContentFilter;
            (response.AdditionalProperties ??= [])["refusal"] = refusal;
        }

        return response;
    }

    private ChatOptions? Shape(ChatOptions? options)
    {
        if (options is null) return null;
        var shaped = options.Clone();
        var cap = shaped.MaxOutputTokens;
        var format = shaped.ResponseFormat as ChatResponseFormatJson;
        shaped.RawRepresentationFactory = _ =>
        {
            var raw = new ChatCompletionOptions();
            if (format?.Schema is { } schema)
            {
                raw.ResponseFormat = Sdk.ChatResponseFormat.CreateJsonSchemaFormat(
                    format.SchemaName ?? "response", BinaryData.FromString(schema.GetRawText()), format.SchemaDescription, jsonSchemaIsStrict: true);
            }
#pragma warning disable SCME0001 // JsonPatch is marked experimental; it is the SDK's way to add a field it does not model
            if (sendMaxTokens && cap is { } max) raw.Patch.Set("$.max_tokens"u8, max);
#pragma warning restore SCME0001
            return raw;
        };
        return shaped;
    }
}

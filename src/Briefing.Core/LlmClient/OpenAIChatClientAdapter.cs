using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AI = Microsoft.Extensions.AI;
using Sdk = OpenAI.Chat;

namespace Briefing.LlmClient;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's ChatClient (Microsoft.Extensions.AI.OpenAI cannot be restored here):
/// text messages, temperature, output limit, structured output (a JSON schema is always sent strict), finish reason
/// and token usage. The SDK's own retries are off; <see cref="ResilientChatClient"/> owns retrying.
/// </summary>
internal sealed class OpenAIChatClientAdapter(Sdk.ChatClient client, Uri endpoint, string model, bool sendMaxTokens = false) : IChatClient
{
    public static OpenAIChatClientAdapter Create(LlmOptions options)
    {
        var endpoint = options.ResolvedEndpoint ?? throw new InvalidOperationException("Llm:Endpoint is not configured");
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds + 5),
            Transport = new HttpClientPipelineTransport(new HttpClient(new AnswerSizeLimit(options.MaxAnswerBytes)) { Timeout = Timeout.InfiniteTimeSpan }),
        };
        // Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK needs a non-empty credential.
        var key = string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey;
        if (options.Provider == LlmProvider.AzureOpenAI) clientOptions.AddPolicy(new HeaderPolicy("api-key", key), PipelinePosition.PerCall);
        return new OpenAIChatClientAdapter(new Sdk.ChatClient(options.Model, new ApiKeyCredential(key), clientOptions), endpoint, options.Model!, options.SendsMaxTokens);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new List<Sdk.ChatMessage>();
        if (!string.IsNullOrEmpty(options?.Instructions)) request.Add(new SystemChatMessage(options.Instructions));
        request.AddRange(messages.Select(ToSdk));
        var completion = (await client.CompleteChatAsync(request, ToSdk(options), cancellationToken)).Value;

        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        var response = new ChatResponse(new AI.ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = completion.Refusal is null ? ToAi(completion.FinishReason) : AI.ChatFinishReason.ContentFilter,
            ModelId = completion.Model,
            ResponseId = completion.Id,
            RawRepresentation = completion,
            Usage = completion.Usage is null ? null : new UsageDetails
            {
                InputTokenCount = completion.Usage.InputTokenCount,
                OutputTokenCount = completion.Usage.OutputTokenCount,
                TotalTokenCount = completion.Usage.TotalTokenCount,
            },
        };
        if (completion.Refusal is not null) (response.AdditionalProperties ??= [])["refusal"] = completion.Refusal;
        return response;
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Briefing asks for whole structured answers; streaming is not used.");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai-compatible", endpoint, model)
        : null;

    public void Dispose()
    {
    }

    private static Sdk.ChatMessage ToSdk(AI.ChatMessage message)
    {
        if (message.Role == ChatRole.System) return new SystemChatMessage(message.Text);
        if (message.Role == ChatRole.Assistant) return new AssistantChatMessage(message.Text);
        if (message.Role == ChatRole.User) return new UserChatMessage(message.Text);
        throw new NotSupportedException($"message role '{message.Role}' is not used by Briefing");
    }

    private ChatCompletionOptions ToSdk(ChatOptions? options)
    {
        // A null temperature is left out of the request, so the model's default applies (reasoning models accept no other).
        var result = new ChatCompletionOptions
        {
            Temperature = options?.Temperature,
            MaxOutputTokenCount = options?.MaxOutputTokens,
        };
#pragma warning disable SCME0001 // JsonPatch is marked experimental; it is the SDK's way to add a field it does not model
        if (sendMaxTokens && options?.MaxOutputTokens is { } cap) result.Patch.Set("$.max_tokens"u8, cap);
#pragma warning restore SCME0001
        result.ResponseFormat = options?.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => Sdk.ChatResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "response", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, jsonSchemaIsStrict: true),
            ChatResponseFormatJson => Sdk.ChatResponseFormat.CreateJsonObjectFormat(),
            _ => null,
        };
        return result;
    }

    private static AI.ChatFinishReason ToAi(Sdk.ChatFinishReason reason) => reason switch
    {
        Sdk.ChatFinishReason.Length => AI.ChatFinishReason.Length,
        Sdk.ChatFinishReason.ContentFilter => AI.ChatFinishReason.ContentFilter,
        Sdk.ChatFinishReason.ToolCalls or Sdk.ChatFinishReason.FunctionCall => AI.ChatFinishReason.ToolCalls,
        _ => AI.ChatFinishReason.Stop,
    };

    private sealed class HeaderPolicy(string name, string value) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}

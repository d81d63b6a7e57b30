using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace Briefing.LlmClient;

/// <summary>
/// The model client every call goes through, from the outside in: <see cref="ResilientChatClient"/> (the one layer
/// that retries), OpenTelemetry's gen_ai spans (one per attempt), <see cref="OpenAIRequestShaping"/>, and the
/// provider's own client (OpenAI's SDK for OpenAI and OpenAI-compatible servers, Azure.AI.OpenAI for Azure), with the
/// SDK's retries off and every answer read through <see cref="AnswerSizeLimit"/>.
/// </summary>
internal static class ChatClientFactory
{
    public const string TelemetrySourceName = "Briefing.Llm";

    /// <summary>Scope of an Entra ID token for Azure OpenAI.</summary>
    public const string AzureScope = "https://cognitiveservices.azure.com/.default";

    public static IChatClient Create(LlmOptions options, TimeProvider time, ILoggerFactory loggers, TokenCredential? credential = null)
    {
        var inner = options.Provider == LlmProvider.AzureOpenAI ? Azure(options, credential) : OpenAICompatible(options);
        var shaped = new OpenAIRequestShaping(inner, options.SendsMaxTokens);
        var traced = new ChatClientBuilder(shaped).UseOpenTelemetry(loggers, TelemetrySourceName).Build();
        return new ResilientChatClient(traced, options, time, loggers.CreateLogger("Briefing.LlmClient"));
    }

    /// <summary>The Azure OpenAI client's version for Llm:AzureApiVersion, or null when it knows no such version.</summary>
    public static AzureOpenAIClientOptions.ServiceVersion? AzureVersion(string version) =>
        Enum.GetValues<AzureOpenAIClientOptions.ServiceVersion>().Cast<AzureOpenAIClientOptions.ServiceVersion?>()
            .FirstOrDefault(v => string.Equals(VersionText(v!.Value), version, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> AzureVersions => Enum.GetValues<AzureOpenAIClientOptions.ServiceVersion>().Select(VersionText);

    private static string VersionText(AzureOpenAIClientOptions.ServiceVersion v) => v.ToString().TrimStart('V').Replace('_', '-').ToLowerInvariant();

    private static IChatClient OpenAICompatible(LlmOptions options)
    {
        var clientOptions = Configure(new OpenAIClientOptions { Endpoint = options.ResolvedEndpoint }, options);
        // Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK needs a non-empty credential.
        var key = string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.ModelName).AsIChatClient();
    }

    private static IChatClient Azure(LlmOptions options, TokenCredential? credential)
    {
        var version = AzureVersion(options.AzureApiVersion) ?? throw new InvalidOperationException($"Llm:AzureApiVersion '{options.AzureApiVersion}' is not known");
        var clientOptions = Configure(new AzureOpenAIClientOptions(version), options);
        var endpoint = options.ResolvedEndpoint!;
        var client = options.AzureAuth == AzureAuth.EntraId
            ? new AzureOpenAIClient(endpoint, credential ?? EntraCredential(options), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
        return client.GetChatClient(options.Deployment).AsIChatClient();
    }

    private static TokenCredential EntraCredential(LlmOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));

    private static T Configure<T>(T clientOptions, LlmOptions options)
        where T : ClientPipelineOptions
    {
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        clientOptions.NetworkTimeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds + 5);
        clientOptions.Transport = new HttpClientPipelineTransport(new HttpClient(new AnswerSizeLimit(options.MaxAnswerBytes)) { Timeout = Timeout.InfiniteTimeSpan });
        return clientOptions;
    }
}

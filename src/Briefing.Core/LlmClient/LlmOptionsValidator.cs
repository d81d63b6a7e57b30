using Microsoft.Extensions.Options;

namespace Briefing.LlmClient;

/// <summary>Checks the Llm section beyond ranges: an endpoint that parses, timeouts and waits that fit each other, no max_tokens for reasoning models.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Endpoint) && options.Provider != LlmProvider.AzureOpenAI
            && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Llm:Endpoint must be an http or https URL (got '{options.Endpoint}')");
        }

        if (options.Provider == LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("Llm:Endpoint must name the Azure OpenAI resource (https://RESOURCE.openai.azure.com) when Llm:Provider is AzureOpenAI");
        }

        // Keys and tokens go with every request: never in clear to another machine.
        if (options.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && options.ResolvedEndpoint is { Scheme: "http" } plain && !plain.IsLoopback)
        {
            failures.Add($"Llm:Endpoint must be https for a remote host with Llm:Provider {options.Provider} (got '{plain}'): the credential would travel in clear");
        }

        if (options.AzureAuth == AzureAuth.EntraId && options.Provider != LlmProvider.AzureOpenAI)
        {
            failures.Add($"Llm:AzureAuth EntraId applies only to Llm:Provider AzureOpenAI (got {options.Provider})");
        }

        if (options.AzureAuth == AzureAuth.EntraId && !string.IsNullOrEmpty(options.ApiKey))
        {
            failures.Add("Llm:ApiKey and Llm:AzureAuth EntraId are both given: use one way to sign in (remove Llm:ApiKey for Entra ID)");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && options.AzureAuth != AzureAuth.EntraId)
        {
            failures.Add("Llm:ManagedIdentityClientId needs Llm:AzureAuth EntraId");
        }

        if (options.Provider == LlmProvider.AzureOpenAI && ChatClientFactory.AzureVersion(options.AzureApiVersion) is null)
        {
            failures.Add($"Llm:AzureApiVersion '{options.AzureApiVersion}' is not a version the Azure OpenAI client knows ({string.Join(", ", ChatClientFactory.AzureVersions)})");
        }

        if (!string.IsNullOrWhiteSpace(options.Tokenizer) && options.Tokenizer.Trim().ToLowerInvariant() is not (TokenCounter.O200k or TokenCounter.Cl100k))
        {
            failures.Add($"Llm:Tokenizer must be {TokenCounter.O200k} or {TokenCounter.Cl100k} (got '{options.Tokenizer}')");
        }

        if (options.AttemptTimeoutSeconds > options.CallTimeoutSeconds)
        {
            failures.Add($"Llm:AttemptTimeoutSeconds ({options.AttemptTimeoutSeconds}) must not exceed Llm:CallTimeoutSeconds ({options.CallTimeoutSeconds})");
        }

        // A wait the cap allows could never be taken within the call.
        if (options.MaxRetryAfterSeconds >= options.CallTimeoutSeconds)
        {
            failures.Add($"Llm:MaxRetryAfterSeconds ({options.MaxRetryAfterSeconds}) must be below Llm:CallTimeoutSeconds ({options.CallTimeoutSeconds})");
        }

        if (options.ReasoningModel && options.SendMaxTokens == true)
        {
            failures.Add("Llm:SendMaxTokens cannot be true with Llm:ReasoningModel: reasoning models refuse max_tokens (only max_completion_tokens is sent)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.LlmClient;

/// <summary>Where the model is and how to call it (appsettings section "Llm"; every key also as BRIEFING_Llm__KEY).</summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>Endpoint preset: Custom (use Endpoint as given), OpenAI, AzureOpenAI (the v1 endpoint of a resource) or Ollama.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.Custom;

    /// <summary>
    /// Base URL of an OpenAI-compatible API (the part before /chat/completions), e.g. http://localhost:8000/v1 for vLLM.
    /// For AzureOpenAI, the resource URL or name (https://RESOURCE.openai.azure.com or RESOURCE); OpenAI and Ollama have defaults.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Model name, e.g. gpt-4o-mini or llama3.1:8b. With AzureOpenAI it names the model behind the deployment (it picks
    /// the tokenizer) and defaults to <see cref="Deployment"/>.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI deployment name; required when Provider is AzureOpenAI.</summary>
    public string? Deployment { get; set; }

    /// <summary>API key. Never logged or written to any output. Ollama, vLLM and llama.cpp usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How Briefing signs in to Azure OpenAI: ApiKey (Llm:ApiKey, the default) or EntraId (Microsoft Entra ID through
    /// Azure.Identity: the managed identity <see cref="ManagedIdentityClientId"/> when set, else DefaultAzureCredential).
    /// </summary>
    public AzureAuth AzureAuth { get; set; } = AzureAuth.ApiKey;

    /// <summary>Client id of a user-assigned managed identity, with AzureAuth EntraId.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Azure OpenAI REST API version (the api-version query parameter). The default value is 2024-10-21, a GA version;
    /// the Azure.AI.OpenAI client would otherwise send a preview version.
    /// </summary>
    [Required]
    public string AzureApiVersion { get; set; } = "2024-10-21";

    /// <summary>
    /// Tokenizer for counting tokens when the model name does not tell it (local servers, Azure deployments with another
    /// name): o200k_base or cl100k_base. Unset and unknown, tokens are estimated as characters / 4 (said in the log).
    /// </summary>
    public string? Tokenizer { get; set; }

    /// <summary>At most this many model calls in flight at once (a local Ollama queues them anyway). The default value is 10.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>Seconds allowed for one attempt of one call. The default value is 120.</summary>
    [Range(1, 3600)]
    public double AttemptTimeoutSeconds { get; set; } = 120;

    /// <summary>Seconds allowed for one call including its retries. The default value is 300.</summary>
    [Range(1, 7200)]
    public double CallTimeoutSeconds { get; set; } = 300;

    /// <summary>Retries after a 408, 429 or 5xx answer, a timeout or a dropped connection. The default value is 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay before the first retry, doubled each time with jitter. The default value is 1.</summary>
    [Range(0, 60)]
    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>Longest wait honoured from a Retry-After header. The default value is 30.</summary>
    [Range(0, 600)]
    public double MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>Failed calls in a row that open the circuit breaker (further calls fail at once and fall back). The default value is 5.</summary>
    [Range(2, 1000)]
    public int CircuitBreakerFailures { get; set; } = 5;

    /// <summary>Seconds the circuit stays open. The default value is 30.</summary>
    [Range(1, 3600)]
    public double CircuitBreakSeconds { get; set; } = 30;

    /// <summary>
    /// Sampling temperature; a prompt's front matter may set its own. Unset (the default), none is sent and the
    /// model's default applies.
    /// </summary>
    [Range(0, 2)]
    public double? Temperature { get; set; }

    /// <summary>
    /// Preset for reasoning models (OpenAI o-series and the like): no temperature is ever sent (they refuse any but the
    /// default), only max_completion_tokens, and every output cap is raised fourfold, since hidden reasoning tokens count
    /// against it. The default value is false.
    /// </summary>
    public bool ReasoningModel { get; set; }

    /// <summary>
    /// Also send the output cap as max_tokens, beside max_completion_tokens: some OpenAI-compatible servers read only
    /// max_tokens. Unset (the default), it is sent for Custom and Ollama and not for OpenAI and AzureOpenAI, nor with
    /// <see cref="ReasoningModel"/>.
    /// </summary>
    public bool? SendMaxTokens { get; set; }

    /// <summary>Largest answer asked of the model per call, in tokens. The default value is 2000.</summary>
    [Range(64, 100_000)]
    public int MaxOutputTokens { get; set; } = 2000;

    /// <summary>
    /// Largest answer read from the server per call, in bytes; a bigger one fails that call (not retried) and the engine
    /// falls back. The default value is 2 MB, far above what Llm:MaxOutputTokens allows.
    /// </summary>
    [Range(4096, 256L * 1024 * 1024)]
    public long MaxAnswerBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Article tokens per map call; longer articles are split into chunks of this size. The default value is 3000.</summary>
    [Range(200, 1_000_000)]
    public int ChunkTokens { get; set; } = 3000;

    /// <summary>Sentences repeated at the start of the next chunk so a claim across a boundary is not lost. The default value is 2.</summary>
    [Range(0, 20)]
    public int ChunkOverlapSentences { get; set; } = 2;

    /// <summary>Claims asked of the model per article. The default value is 8.</summary>
    [Range(1, 50)]
    public int ClaimsPerArticle { get; set; } = 8;

    /// <summary>
    /// Tokens (estimated) of claims and quotes the reconcile call may receive. Every verified claim goes with all its
    /// verified quotes when they fit; past this, the most corroborated claims and every claim with a contested figure,
    /// date or name. The default value is 24000 (a few dozen articles at eight claims each).
    /// </summary>
    [Range(500, 2_000_000)]
    public int ReconcileInputTokens { get; set; } = 24_000;

    /// <summary>
    /// Output cap of the reconcile call, in tokens. Unset (the default), it is sized from the word budget and the number
    /// of sources (<c>800 + words x (2 + 2 x min(sources, 5))</c>), since every point carries quotes.
    /// </summary>
    [Range(256, 200_000)]
    public int? ReconcileOutputTokens { get; set; }

    /// <summary>JsonSchema (strict json_schema, the default) or JsonObject for endpoints that lack json_schema (older llama.cpp, some vLLM builds).</summary>
    public StructuredOutputMode StructuredOutput { get; set; } = StructuredOutputMode.JsonSchema;

    /// <summary>Folder holding map.md, combine.md and reconcile.md. Resolved like Rendering:TemplatesPath. The default value is "prompts".</summary>
    [Required]
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Folder for cached per-article model results; empty disables the cache. The default value is ".briefing-cache".</summary>
    public string? CachePath { get; set; } = ".briefing-cache";

    /// <summary>Optional price per 1,000 input tokens (any currency) for the cost estimate.</summary>
    [Range(0, 1000)]
    public decimal? InputPricePer1K { get; set; }

    /// <summary>Optional price per 1,000 output tokens for the cost estimate.</summary>
    [Range(0, 1000)]
    public decimal? OutputPricePer1K { get; set; }

    /// <summary>Whether the output cap also goes out as max_tokens (see <see cref="SendMaxTokens"/>).</summary>
    public bool SendsMaxTokens => !ReasoningModel && (SendMaxTokens ?? Provider is LlmProvider.Custom or LlmProvider.Ollama);

    /// <summary>The model name used for reports, the cache key and the tokenizer: Model, else the Azure deployment.</summary>
    public string? ModelName => string.IsNullOrWhiteSpace(Model) ? Deployment : Model;

    /// <summary>The base URL the preset and Endpoint resolve to (for AzureOpenAI the resource), or null when nothing is configured.</summary>
    public Uri? ResolvedEndpoint => Provider switch
    {
        LlmProvider.OpenAI => new Uri(string.IsNullOrWhiteSpace(Endpoint) ? "https://api.openai.com/v1/" : Endpoint),
        LlmProvider.Ollama => new Uri(string.IsNullOrWhiteSpace(Endpoint) ? "http://localhost:11434/v1/" : Endpoint),
        LlmProvider.AzureOpenAI when !string.IsNullOrWhiteSpace(Endpoint) => AzureResource(Endpoint),
        LlmProvider.Custom when !string.IsNullOrWhiteSpace(Endpoint) => new Uri(Endpoint),
        _ => null,
    };

    // The resource's root: the Azure client adds /openai/deployments/{deployment}/chat/completions?api-version=...
    private static Uri AzureResource(string endpoint)
    {
        var url = endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : $"https://{endpoint}.openai.azure.com";
        return new Uri(new Uri(url).GetLeftPart(UriPartial.Authority) + "/");
    }
}

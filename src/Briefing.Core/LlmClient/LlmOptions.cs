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

    /// <summary>Model (or Azure deployment) name, e.g. gpt-4o-mini or llama3.1:8b.</summary>
    public string? Model { get; set; }

    /// <summary>API key. Never logged or written to any output. Ollama, vLLM and llama.cpp usually need none.</summary>
    public string? ApiKey { get; set; }

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

    /// <summary>Sampling temperature. The default value is 0.2.</summary>
    [Range(0, 2)]
    public double Temperature { get; set; } = 0.2;

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
    /// Words of claims (and their quotes) sent to the reconcile call per word of the briefing: each source's first claim,
    /// then the most corroborated ones. The default value is 2 (500 words for a 250-word briefing).
    /// </summary>
    [Range(1.0, 20.0)]
    public double ReconcileInputFactor { get; set; } = 2.0;

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

    /// <summary>The base URL the preset and Endpoint resolve to, or null when nothing is configured.</summary>
    public Uri? ResolvedEndpoint => Provider switch
    {
        LlmProvider.OpenAI => new Uri(string.IsNullOrWhiteSpace(Endpoint) ? "https://api.openai.com/v1/" : Endpoint),
        LlmProvider.Ollama => new Uri(string.IsNullOrWhiteSpace(Endpoint) ? "http://localhost:11434/v1/" : Endpoint),
        LlmProvider.AzureOpenAI when !string.IsNullOrWhiteSpace(Endpoint) => AzureV1(Endpoint),
        LlmProvider.Custom when !string.IsNullOrWhiteSpace(Endpoint) => new Uri(Endpoint),
        _ => null,
    };

    private static Uri AzureV1(string endpoint)
    {
        var url = endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : $"https://{endpoint}.openai.azure.com";
        var uri = new Uri(url);
        return uri.AbsolutePath.Contains("/openai/v1", StringComparison.Ordinal) ? uri : new Uri(uri, "/openai/v1/");
    }
}

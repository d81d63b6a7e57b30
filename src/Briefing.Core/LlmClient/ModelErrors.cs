using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Briefing.Text;

namespace Briefing.LlmClient;

/// <summary>Turns an HTTP failure from an OpenAI-compatible endpoint into a <see cref="ModelCallException"/>.</summary>
internal static class ModelErrors
{
    public static ModelCallException From(ClientResultException ex)
    {
        var response = ex.GetRawResponse();
        var (code, message) = ErrorBody(response?.Content?.ToString());
        // The server's words end up in the run report and on the terminal: neutralised like any untrusted text.
        var detail = $"HTTP {ex.Status}{(code is null ? "" : $" {Shorten(TextNeutralizer.ForTerminal(code))}")}: {Shorten(TextNeutralizer.ForTerminal(message ?? ex.Message))}";
        TimeSpan? retryAfter = response is not null ? RetryAfter(response.Headers) : null;
        var failure = ex.Status switch
        {
            0 => ModelFailure.Network,
            401 or 403 => ModelFailure.Unauthorized,
            408 => ModelFailure.Timeout,
            429 when code is "insufficient_quota" => ModelFailure.QuotaExhausted,
            429 => ModelFailure.RateLimited,
            400 or 413 when IsContextLength(code, message) => ModelFailure.ContextLength,
            >= 500 => ModelFailure.ServerError,
            _ => ModelFailure.BadRequest,
        };
        return new ModelCallException(failure, detail, ex.Status, retryAfter, ex);
    }

    private static bool IsContextLength(string? code, string? message) =>
        code is "context_length_exceeded" or "string_above_max_length"
        || (message is not null && (message.Contains("context length", StringComparison.OrdinalIgnoreCase)
            || message.Contains("context window", StringComparison.OrdinalIgnoreCase)
            || message.Contains("maximum context", StringComparison.OrdinalIgnoreCase)));

    private static (string? Code, string? Message) ErrorBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("error", out var error)) return (null, body);
            if (error.ValueKind == JsonValueKind.String) return (null, error.GetString());
            string? Field(string name) => error.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Field("code") ?? Field("type"), Field("message"));
        }
        catch (JsonException)
        {
            return (null, body);
        }
    }

    /// <summary>Retry-After as seconds or an HTTP date, or retry-after-ms (OpenAI and Azure send it).</summary>
    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponseHeaders headers)
    {
        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var msValue))
        {
            return Wait(msValue / 1000);
        }

        if (!headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return Wait(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? TimeSpan.FromTicks(Math.Max(0, (when - DateTimeOffset.UtcNow).Ticks))
            : null;
    }

    // Any number a server sends (1e300, NaN, negative) becomes a wait TimeSpan can hold; a year is "too long" enough.
    private static TimeSpan Wait(double seconds) =>
        TimeSpan.FromSeconds(double.IsNaN(seconds) || seconds < 0 ? 0 : Math.Min(seconds, 365 * 24 * 3600));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

using Briefing.Generation;
using Briefing.LlmClient;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Briefing.Service.Hosting;

/// <summary>
/// OpenTelemetry for a host: the briefing's activities ("Briefing"), the model calls' gen_ai spans ("Briefing.Llm"),
/// Semantic Kernel's own, outgoing HTTP, and the "Briefing" meter (briefings, tokens, cost, sends, bounces), exported
/// over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the other OTEL_* variables itself).
/// </summary>
public static class BriefingOpenTelemetry
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Adds OpenTelemetry when <paramref name="otlpEndpoint"/> is set or a host adds its own exporters or
    /// instrumentation (<paramref name="tracing"/>, <paramref name="metrics"/>); otherwise adds nothing.
    /// </summary>
    public static IServiceCollection AddBriefingOpenTelemetry(
        this IServiceCollection services, string? otlpEndpoint, Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        var otlp = !string.IsNullOrWhiteSpace(otlpEndpoint);
        if (!otlp && tracing is null && metrics is null) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("briefing"))
            .WithTracing(t =>
            {
                t.AddSource(BriefingTelemetry.SourceName, ChatClientFactory.TelemetrySourceName, "Microsoft.SemanticKernel*").AddHttpClientInstrumentation();
                tracing?.Invoke(t);
                if (otlp) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(BriefingTelemetry.SourceName, ChatClientFactory.TelemetrySourceName, "Microsoft.SemanticKernel*").AddHttpClientInstrumentation();
                metrics?.Invoke(m);
                if (otlp) m.AddOtlpExporter();
            });
        return services;
    }

    /// <summary>The endpoint from the environment, or null.</summary>
    public static string? OtlpEndpoint => Environment.GetEnvironmentVariable(EndpointVariable);
}

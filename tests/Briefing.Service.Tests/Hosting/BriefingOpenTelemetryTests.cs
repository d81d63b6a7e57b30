using System.Diagnostics;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Service.Hosting;
using Briefing.TestKit;
using Briefing.TestKit.FakeOpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Briefing.Service.Tests.Hosting;

/// <summary>Meters are process-wide: this runs alone, so no other test's briefing is counted.</summary>
[CollectionDefinition(nameof(BriefingOpenTelemetryTests), DisableParallelization = true)]
[Collection(nameof(BriefingOpenTelemetryTests))]
public sealed class BriefingOpenTelemetryTests
{
    [Fact]
    public async Task Generate_LlmBriefing_BriefingSpanPromptSpansGenAiSpansAndMeters()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rendering:TemplatesPath"] = Repo.Templates,
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "gpt-4o-mini",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:PromptsPath"] = Repo.Prompts,
            ["Llm:CachePath"] = "",
            ["Llm:InputPricePer1K"] = "0.5",
        }).Build();
        var services = new ServiceCollection().AddBriefingCore(configuration)
            .AddBriefingOpenTelemetry(null, t => t.AddInMemoryExporter(activities), m => m.AddInMemoryExporter(metrics))
            .BuildServiceProvider();
        BriefingDocument briefing;
        using (services)
        {
            var tracer = services.GetRequiredService<TracerProvider>();
            var meter = services.GetRequiredService<MeterProvider>();
            briefing = await services.GetRequiredService<IBriefingGenerator>().GenerateAsync(new GenerationRequest([ArticleInput.FromPath(Repo.Seeds)]), null, default);
            tracer.ForceFlush();
            meter.ForceFlush();
        }

        var root = Assert.Single(activities, a => a.OperationName == "briefing" && a.Tags.Contains(new("briefing.engine", "llm")));
        var mine = activities.Where(a => a.TraceId == root.TraceId).ToList();
        var prompts = mine.Where(a => a.OperationName.StartsWith("prompt ", StringComparison.Ordinal)).ToList();
        Assert.Equal(server.Requests.Count, prompts.Count);
        Assert.Contains(prompts, p => p.OperationName == "prompt map");
        Assert.Contains(prompts, p => p.OperationName == "prompt reconcile");
        var chats = mine.Where(a => a.Source.Name == "Briefing.Llm").ToList();
        Assert.Equal(server.Requests.Count, chats.Count);
        Assert.All(chats, c =>
        {
            Assert.Contains(prompts, p => p.SpanId == c.ParentSpanId);
            Assert.Equal("gpt-4o-mini", c.GetTagItem("gen_ai.request.model"));
            Assert.NotNull(c.GetTagItem("gen_ai.usage.input_tokens"));
        });

        Assert.Equal(1, Sum(metrics, "briefing.briefings"));
        Assert.Equal(briefing.Run.Model!.InputTokens + briefing.Run.Model.OutputTokens, Sum(metrics, "briefing.llm.tokens"));
        Assert.True(Sum(metrics, "briefing.llm.cost") > 0);
    }

    private static double Sum(List<Metric> metrics, string name)
    {
        // Every export holds the running totals (cumulative), and disposing the provider exports once more: read the last.
        var total = 0.0;
        foreach (var metric in metrics.Where(m => m.Name == name).TakeLast(1))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                total += metric.MetricType == MetricType.DoubleSum ? point.GetSumDouble() : point.GetSumLong();
            }
        }

        return total;
    }
}

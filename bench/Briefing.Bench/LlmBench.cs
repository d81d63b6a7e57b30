using System.Diagnostics;
using Briefing.TestKit.FakeOpenAI;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bench;

/// <summary>
/// The LLM engine against the loopback fake server with a fixed latency per call: a 10-article briefing's wall
/// time as a multiple of one call's latency, the reconcile call's input tokens as a share of the articles' tokens,
/// the map calls of a second identical run (served from the cache), and an edition of two stories with its stories
/// summarized one at a time and side by side.
/// </summary>
internal static class LlmBench
{
    public static async Task RunAsync(string root, TimeSpan latency)
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Latency = latency;
        var input = TenArticles(root);
        var cache = Directory.CreateTempSubdirectory("briefing-bench-cache").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rendering:TemplatesPath"] = Path.Combine(root, "templates"),
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "fake-model",
            ["Llm:PromptsPath"] = Path.Combine(root, "prompts"),
            ["Llm:CachePath"] = cache,
        }).Build();
        await using var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
        var generator = services.GetRequiredService<IBriefingGenerator>();
        var request = new GenerationRequest([ArticleInput.FromPath(input)]) { OneStory = true };

        // The process's first briefing pays for loading and compiling the engine; measured apart, without a cache.
        var processStart = await WallAsync(root, server, input, 10, oneStory: true);
        var sw = Stopwatch.StartNew();
        var first = await generator.GenerateAsync(request, null, default);
        var wall = sw.Elapsed;
        var articleChars = Directory.GetFiles(input).Sum(f => File.ReadAllText(f).Length);
        var reconcile = first.Run.Model!.Calls.Single(c => c.Stage == "reconcile");
        var mapsFirst = first.Run.Model.Calls.Count(c => c.Stage == "map");

        sw.Restart();
        var second = await generator.GenerateAsync(request, null, default);
        var wallSecond = sw.Elapsed;

        var articleTokens = articleChars / 4;
        Console.WriteLine($"LLM engine against the fake OpenAI-compatible server, {latency.TotalMilliseconds:F0} ms per call, Llm:MaxConcurrency {Options(services).MaxConcurrency}");
        Console.WriteLine();
        Console.WriteLine("| measure | result | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| 10-article briefing, wall time, the process's first briefing | {processStart.TotalMilliseconds:F0} ms = {processStart / latency:F2} x one call | |");
        Console.WriteLine($"| 10-article briefing, wall time (cold cache) | {wall.TotalMilliseconds:F0} ms = {wall / latency:F2} x one call | <= 3 x |");
        Console.WriteLine($"| model calls, first run | {first.Run.Model.Calls.Count} ({mapsFirst} map, 1 reconcile) | |");
        Console.WriteLine($"| reconcile input tokens / article tokens | {reconcile.InputTokens:N0} / {articleTokens:N0} = {100.0 * reconcile.InputTokens / articleTokens:F1}% | within Llm:ReconcileInputTokens ({Options(services).ReconcileInputTokens:N0}) |");
        Console.WriteLine($"| map calls, second identical run | {second.Run.Model!.Calls.Count(c => c.Stage == "map")} ({second.Run.Model.CachedArticles} articles from cache), wall {wallSecond.TotalMilliseconds:F0} ms | 0 |");
        Console.WriteLine($"| claims verified | {first.Verification.Verified}/{first.Verification.Claims} | all |");
        Directory.Delete(cache, recursive: true);
        await KernelBench.RunAsync(root, [.. Directory.GetFiles(input).Order().Select(File.ReadAllText)]);
        Directory.Delete(input, recursive: true);

        var edition = TestKit.EditionInputs.Write(Directory.CreateTempSubdirectory("briefing-bench-edition").FullName);
        var oneByOne = await WallAsync(root, server, edition, 1);
        var sideBySide = await WallAsync(root, server, edition, 4);
        Console.WriteLine($"| edition of 2 stories (8 articles), wall time, stories one at a time (Stories:MaxConcurrency 1) | {oneByOne.TotalMilliseconds:F0} ms = {oneByOne / latency:F2} x one call | |");
        Console.WriteLine($"| the same, stories side by side (Stories:MaxConcurrency 4, default) | {sideBySide.TotalMilliseconds:F0} ms = {sideBySide / latency:F2} x one call | <= 3 x |");
        Directory.Delete(edition, recursive: true);
        Console.WriteLine($"| peak working set of the bench process | {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB | |");
    }

    // A fresh engine without a map cache each time, so every run makes every call.
    private static async Task<TimeSpan> WallAsync(string root, FakeOpenAIServer server, string input, int storiesAtOnce, bool oneStory = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rendering:TemplatesPath"] = Path.Combine(root, "templates"),
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "fake-model",
            ["Llm:PromptsPath"] = Path.Combine(root, "prompts"),
            ["Llm:CachePath"] = "",
            ["Stories:MaxConcurrency"] = storiesAtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
        var sw = Stopwatch.StartNew();
        await services.GetRequiredService<IBriefingGenerator>().GenerateAsync(new GenerationRequest([ArticleInput.FromPath(input)]) { OneStory = oneStory }, null, default);
        return sw.Elapsed;
    }

    private static LlmClient.LlmOptions Options(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LlmClient.LlmOptions>>().Value;

    // The five seed articles, each cut in two at the sentence break nearest its middle: ten distinct articles on one story.
    private static string TenArticles(string root)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-bench-10").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "seeds", "lausanne-2016")).Order())
        {
            var text = File.ReadAllText(file);
            var cut = Enumerable.Range(1, text.Length - 2)
                .Where(i => char.IsWhiteSpace(text[i]) && text[i - 1] == '.' && char.IsUpper(text[i + 1]))
                .MinBy(i => Math.Abs(i - text.Length / 2));
            var name = Path.GetFileNameWithoutExtension(file);
            File.WriteAllText(Path.Combine(folder, name + "-a.txt"), text[..cut]);
            File.WriteAllText(Path.Combine(folder, name + "-b.txt"), text[(cut + 1)..]);
        }

        return folder;
    }
}

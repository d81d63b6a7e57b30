using System.Text.Json;
using Briefing.TestKit.FakeOpenAI;

namespace Briefing.Cli.Tests;

/// <summary>The CLI with --engine llm against the loopback fake server, configured only through BRIEFING_ variables.</summary>
public sealed class LlmEngineCliTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefing-llm-" + Guid.NewGuid().ToString("N")[..10]);
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _server = await FakeOpenAIServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Generate_EngineLlm_ReportsTokensAndCost_SecondRunMakesNoMapCalls()
    {
        var output = Path.Combine(_dir, "out");

        var traced = Env();
        traced["BRIEFING_Logging__LogLevel__Default"] = "Trace";
        var first = await Cli.RunInAsync(_dir, traced, "generate", Cli.Seeds, "--out", output, "--format", "md,json", "--engine", "llm");
        var mapsAfterFirst = _server.Requests.Count(r => r.Kind == "map");
        var second = await Cli.RunInAsync(_dir, Env(), "generate", Cli.Seeds, "--out", output, "--format", "md,json", "--engine", "llm");

        Assert.True(first.Code == 0, first.Err + first.Out);
        Assert.Contains("engine llm; 5 sources", first.Out);
        Assert.Matches(@"model fake-model at http://127\.0\.0\.1:\d+/v1/: 6 calls \(5 map, 1 reconcile\), 0 articles from cache", first.Out);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(first.Out, @"tokens: [\d,]+ in, [\d,]+ out; estimated cost \d+\.\d+"), first.Out);
        Assert.Matches(@"\n    map S1: [\d,]+ in, [\d,]+ out, \d+ ms, ok\n", first.Out);
        Assert.Matches(@"\n    reconcile 5 sources: [\d,]+ in, [\d,]+ out, \d+ ms, ok\n", first.Out);
        Assert.Equal(5, mapsAfterFirst);
        Assert.True(second.Code == 0, second.Err);
        Assert.Equal(5, _server.Requests.Count(r => r.Kind == "map"));
        Assert.Contains("1 calls (1 reconcile), 5 articles from cache", second.Out);
        Assert.True(Directory.Exists(Path.Combine(_dir, ".briefing-cache")));

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefing.json"))).RootElement;
        Assert.Equal("llm", json.GetProperty("engine").GetString());
        var model = json.GetProperty("run").GetProperty("model");
        Assert.Equal(5, model.GetProperty("cachedArticles").GetInt32());
        var (input, outputTokens) = (model.GetProperty("inputTokens").GetInt64(), model.GetProperty("outputTokens").GetInt64());
        Assert.True(input > 0);
        Assert.Equal(Math.Round(input / 1000m * 0.15m + outputTokens / 1000m * 0.6m, 6), model.GetProperty("estimatedCost").GetDecimal());
        Assert.DoesNotContain("sk-cli-secret", File.ReadAllText(Path.Combine(output, "briefing.json")));
        Assert.Contains("Briefing made: 5 sources", first.Err);
        Assert.DoesNotContain("sk-cli-secret", first.Out + first.Err + second.Out + second.Err);
    }

    [Fact]
    public async Task Generate_EngineLlmWithoutModel_Exits2NamingTheSetting()
    {
        var env = Env();
        env.Remove("BRIEFING_Llm__Model");

        var (code, _, stderr) = await Cli.RunInAsync(_dir, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "--engine", "llm");

        Assert.Equal(2, code);
        Assert.Contains("set Llm:Model (environment: BRIEFING_Llm__Model)", stderr);
    }

    [Fact]
    public async Task Generate_UnknownEngine_Exits2()
    {
        var (code, _, stderr) = await Cli.RunInAsync(_dir, Env(), "generate", Cli.Seeds, "--engine", "gpt");

        Assert.Equal(2, code);
        Assert.Contains("gpt", stderr);
    }

    [Fact]
    public async Task Generate_ModelUnreachable_StillWritesACitedBriefingAndSaysWhy()
    {
        var env = Env();
        env["BRIEFING_Llm__Endpoint"] = "http://127.0.0.1:9/v1/";

        var (code, stdout, stderr) = await Cli.RunInAsync(_dir, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "--format", "json", "--engine", "llm");

        Assert.True(code == 0, stderr);
        Assert.Contains("S1: map call failed (", stdout);
        Assert.Contains("used the extractive summary of this article", stdout);
        Assert.Contains("reconcile call failed", stdout);
        Assert.Matches(@"claims verified: (\d+)/\1", stdout);
    }

    [Fact]
    public async Task Eval_EngineLlm_SummarizesEveryClusterThroughTheModel()
    {
        var docs = Directory.GetFiles(Cli.Seeds).Order().Select(File.ReadAllText).ToArray();
        var dataset = Path.Combine(_dir, "set.jsonl");
        File.WriteAllLines(dataset,
        [
            JsonSerializer.Serialize(new { id = "a", documents = docs.Take(3).ToArray(), summary = "Talks on Syria ended in Lausanne without a deal. Kerry said new ideas were discussed." }),
            JsonSerializer.Serialize(new { id = "b", documents = docs.Skip(3).ToArray(), summary = "Talks on Syria ended in Lausanne without a deal." }),
        ]);

        var (code, stdout, stderr) = await Cli.RunInAsync(_dir, Env(), "eval", "--dataset", dataset, "--out", Path.Combine(_dir, "s.jsonl"), "--engine", "llm", "--words", "100");

        Assert.True(code == 0, stderr);
        Assert.Contains("clusters: 2 scored, 0 skipped", stdout);
        Assert.Equal(5, _server.Requests.Count(r => r.Kind == "map"));
        Assert.Equal(2, _server.Requests.Count(r => r.Kind == "reconcile"));
    }

    private Dictionary<string, string> Env() => new()
    {
        ["BRIEFING_Llm__Endpoint"] = _server.Endpoint,
        ["BRIEFING_Llm__Model"] = "fake-model",
        ["BRIEFING_Llm__ApiKey"] = "sk-cli-secret",
        ["BRIEFING_Llm__PromptsPath"] = Path.Combine(Cli.Root, "prompts"),
        ["BRIEFING_Llm__InputPricePer1K"] = "0.15",
        ["BRIEFING_Llm__OutputPricePer1K"] = "0.6",
        ["BRIEFING_Llm__RetryDelaySeconds"] = "0.05",
        ["BRIEFING_Llm__MaxRetries"] = "1",
        ["BRIEFING_Rendering__TemplatesPath"] = Path.Combine(Cli.Root, "templates"),
    };
}

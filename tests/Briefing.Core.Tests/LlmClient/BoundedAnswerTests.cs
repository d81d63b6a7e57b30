using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.TestKit.FakeOpenAI;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.LlmClient;

/// <summary>Whatever a server answers, a call reads a bounded amount, takes a bounded number of items and waits a bounded time.</summary>
public sealed class BoundedAnswerTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>, IDisposable
{
    private const string S1 = "<source id=\"S1\"";
    private readonly FakeOpenAIServer _server = Reset(fixture.Server);
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task Map_FiftyMegabyteAnswer_FailsAtTheCapOnceAndFallsBack()
    {
        var huge = new StringBuilder(50 * 1024 * 1024).Append("{\"claims\":[{\"claim\":\"").Append('x', 50 * 1024 * 1024).Append("\",\"quotes\":[]}]}").ToString();
        _server.Script = r => r.Kind == "map" && r.User.Contains(S1, StringComparison.Ordinal) ? FakeReply.Json(huge) : null;

        var briefing = await BuildAsync();

        Assert.Single(_server.Requests, r => r.User.Contains(S1, StringComparison.Ordinal) && r.Kind == "map");
        var fallback = Assert.Single(briefing.Run.Model!.Fallbacks);
        Assert.StartsWith("S1: map call failed (AnswerTooLarge: the answer passed 2,097,152 bytes, the cap (Llm:MaxAnswerBytes)", fallback, StringComparison.Ordinal);
        Assert.Equal(briefing.Verification.Claims, briefing.Verification.Verified);
        Assert.True(briefing.Story().Sections.Count > 0);
    }

    [Fact]
    public async Task Map_AnswerOverAConfiguredCap_FailsAndFallsBack()
    {
        _server.Script = r => r.Kind == "map" && r.User.Contains(S1, StringComparison.Ordinal) ? FakeReply.Json(new string('x', 10_000)) : null;

        var briefing = await BuildAsync(new() { ["Llm:MaxAnswerBytes"] = "4096" });

        Assert.Contains(briefing.Run.Model!.Fallbacks, f => f.StartsWith("S1: map call failed (AnswerTooLarge:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Map_TenThousandClaimsPerArticle_BoundedAndFinishesQuickly()
    {
        _server.Script = r => r.Kind == "map" ? FakeReply.Json(TenThousandClaims(r.User)) : null;
        var sw = Stopwatch.StartNew();

        var briefing = await BuildAsync(new() { ["Llm:MaxAnswerBytes"] = "67108864" }); // the claim caps, not the byte cap

        sw.Stop();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
        Assert.Empty(briefing.Run.Model!.Fallbacks);
        Assert.Equal(5, briefing.Run.Model.Calls.Count(c => c.Stage == "map" && c.Outcome == "ok"));
        var reconcile = _server.Requests.Single(r => r.Kind == "reconcile").User;
        Assert.True(reconcile.Length < 200_000, $"reconcile request of {reconcile.Length} characters");
        Console.WriteLine($"10,000 claims per article: {sw.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("99999", "99999")]
    [InlineData("1e300", "31536000")]
    public async Task Call_RetryAfterBeyondTheCap_FailsAtOnceAndFallsBack(string retryAfter, string shown)
    {
        _server.Script = r => r.Kind == "map" && r.User.Contains(S1, StringComparison.Ordinal) ? FakeReply.Error(429, "rate_limit_exceeded", "slow\u001b[2J down", retryAfter) : null;
        var sw = Stopwatch.StartNew();

        var briefing = await BuildAsync();

        sw.Stop();
        Assert.Single(_server.Requests, r => r.User.Contains(S1, StringComparison.Ordinal) && r.Kind == "map");
        Assert.StartsWith($"S1: map call failed (RateLimited: HTTP 429 rate_limit_exceeded: slow[2J down; Retry-After {shown} s is over Llm:MaxRetryAfterSeconds (30 s), not retried)", Assert.Single(briefing.Run.Model!.Fallbacks), StringComparison.Ordinal);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    // 10,000 claims, each quoting the first sentence the fake model would have quoted.
    private static string TenThousandClaims(string user)
    {
        var quote = JsonNode.Parse(FakeModel.Map(user))!["claims"]![0]!["quotes"]![0]!.GetValue<string>();
        var claims = new JsonArray();
        for (var i = 0; i < 10_000; i++) claims.Add(new JsonObject { ["claim"] = quote, ["quotes"] = new JsonArray(quote) });
        return new JsonObject { ["claims"] = claims }.ToJsonString();
    }

    private async Task<BriefingDocument> BuildAsync(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = _server.Endpoint,
            ["Llm:Model"] = "fake-model",
            ["Llm:PromptsPath"] = Repo.Prompts,
            ["Llm:CachePath"] = "",
            ["Llm:RetryDelaySeconds"] = "0.05",
            ["Llm:CircuitBreakerFailures"] = "50",
        };
        foreach (var (k, v) in settings ?? []) values[k] = v;
        using var services = Services.Build(values);
        return await Generate.FromAsync(services, Repo.Seeds);
    }

    private static FakeOpenAIServer Reset(FakeOpenAIServer server)
    {
        server.Reset();
        server.Latency = TimeSpan.Zero;
        return server;
    }
}

using Briefing.TestKit.FakeOpenAI;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// The app with the LLM engine against the loopback fake model server, which answers every call after a delay, so
/// a briefing spends seconds in its summarize stage and its progress can be watched, reloaded and left.
/// </summary>
public sealed class SlowModelApp : BrowserApp
{
    private FakeOpenAIServer? _server;

    public static TimeSpan Latency => TimeSpan.FromSeconds(2.5);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Rendering:ChromiumPath"] = "/usr/bin/chromium",
        ["Summarization:Engine"] = "Llm",
        ["Llm:Endpoint"] = _server!.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:RetryDelaySeconds"] = "0.05",
        ["Llm:CircuitBreakerFailures"] = "50",
    };

    public override async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Latency = Latency;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}

using Briefing.TestKit.FakeOpenAI;

namespace Briefing.Tests.LlmClient;

/// <summary>One loopback fake OpenAI-compatible server per test class, reset before each test.</summary>
public sealed class FakeServerFixture : IAsyncLifetime
{
    public FakeOpenAIServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The server with no requests, script or latency left from an earlier test.</summary>
    public FakeOpenAIServer Fresh()
    {
        Server.Reset();
        Server.Latency = TimeSpan.Zero;
        return Server;
    }

    /// <summary>Settings that send the LLM engine to the fake server with the repository's prompts and no map cache.</summary>
    public static Dictionary<string, string?> LlmSettings(FakeOpenAIServer server) => new()
    {
        ["Summarization:Engine"] = "Llm",
        ["Llm:Endpoint"] = server.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:PromptsPath"] = Repo.Prompts,
        ["Llm:CachePath"] = "",
    };
}

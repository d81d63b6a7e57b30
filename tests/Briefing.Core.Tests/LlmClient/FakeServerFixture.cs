using Briefing.TestKit.FakeOpenAI;

namespace Briefing.Tests.LlmClient;

/// <summary>One loopback fake OpenAI-compatible server per test class, reset before each test.</summary>
public sealed class FakeServerFixture : IAsyncLifetime
{
    public FakeOpenAIServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

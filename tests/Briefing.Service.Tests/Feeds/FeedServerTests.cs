using Briefing.Service.Feeds;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Service.Tests.Feeds;

/// <summary>A feed reader test class's loopback feed server and clock, and one way to read a source through the real services.</summary>
public abstract class FeedServerTests : IAsyncLifetime
{
    protected TestClock Clock { get; } = new();

    protected FakeFeedServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeFeedServer.StartAsync();
        Server.Clock = Clock;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected async Task<FeedReadResult> ReadAsync(FeedSourceState state, IDictionary<string, string?>? settings = null)
    {
        await using var services = FeedsHost.Build(Clock, settings);
        return await services.Reader().ReadAsync(state);
    }

    protected FeedSourceState Source(string path) => new(Server.Url(path));
}

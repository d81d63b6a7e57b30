using System.Text.Json;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Cli.Tests;

/// <summary>
/// briefing run-topic as a user runs it: the edition made from a feed and a folder and stored in the working
/// folder's database (exit 0), refused the second time (exit 6), made again with --force (exit 0); a failed edition
/// exits 7, an unknown topic or a bad date 2.
/// </summary>
public sealed class RunTopicCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-run-topic-").FullName;
    private FakeFeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FakeFeedServer.StartAsync();
        var settings = new
        {
            Feeds = new { AllowedHosts = new[] { "127.0.0.1" }, JitterMilliseconds = 0 },
            Summarization = new { Engine = "Extractive" },
            Rendering = new { ChromiumPath = "/nonexistent/chromium" },
            Topics = new object[]
            {
                new { Name = "lausanne", Sources = new[] { _feeds.Url("rss.xml"), Repo.Seeds }, LookbackHours = 24 },
                new { Name = "nothing", Sources = new[] { _feeds.Url("page.html") } },
            },
        };
        await File.WriteAllTextAsync(Path.Combine(_folder, "settings.json"), JsonSerializer.Serialize(settings));
    }

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task RunTopic_ThenAgainThenForced_ReadyRefusedReady()
    {
        var first = await RunAsync("run-topic", "lausanne", "--date", "2026-11-21");
        var second = await RunAsync("run-topic", "lausanne", "--date", "2026-11-21");
        var forced = await RunAsync("run-topic", "lausanne", "--date", "2026-11-21", "--force");

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("Edition lausanne 2026-11-21: ready, briefing", first.Out, StringComparison.Ordinal);
        Assert.Contains("feed Updated", first.Out, StringComparison.Ordinal);
        Assert.Contains("3 feed items used", first.Out, StringComparison.Ordinal);
        Assert.Contains("path Read           5 new    5 used", first.Out, StringComparison.Ordinal);
        Assert.Equal(6, second.Code);
        Assert.Contains("made already", second.Err, StringComparison.Ordinal);
        Assert.True(forced.Code == 0, forced.Err);
        Assert.True(File.Exists(Path.Combine(_folder, "data", "briefing.db")));
    }

    [Fact]
    public async Task RunTopic_NoArticles_Exit7WithTheReason()
    {
        var run = await RunAsync("run-topic", "nothing");

        Assert.Equal(7, run.Code);
        Assert.Contains("failed: no new articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("NotAFeed", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-topic", "2026-11-21", "no topic named")]
    [InlineData("lausanne", "21/11/2026", "not a date")]
    public async Task RunTopic_UnknownTopicOrBadDate_Exit2(string topic, string date, string message)
    {
        var run = await RunAsync("run-topic", topic, "--date", date);

        Assert.Equal(2, run.Code);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
    }

    private Task<(int Code, string Out, string Err)> RunAsync(params string[] args) =>
        Cli.RunBuiltAsync(_folder, [.. args, "--config", Path.Combine(_folder, "settings.json")]);
}

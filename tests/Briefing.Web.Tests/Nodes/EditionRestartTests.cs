using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.TestKit.FakeFeeds;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.WebProcess;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Nodes;

/// <summary>
/// One node on SQLite, killed (SIGKILL) mid-edition and down while its topic was due, then started again on the same
/// data folder after Quartz's misfire threshold: the interrupted edition is continued from its stored briefing, and
/// the missed firing fires once and makes the day's edition once.
/// </summary>
public sealed class EditionRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledMidEditionAndDownWhenDue_Restart_ContinuesItAndMakesTheMissedEditionOnce()
    {
        await using var feeds = await FakeFeedServer.StartAsync();
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Latency = TimeSpan.FromMilliseconds(1500);
        var due = DateTimeOffset.UtcNow.AddSeconds(40);
        var settings = EditionNode.WithTopic(Node.Settings(model), feeds, $"{due.Second} {due.Minute} {due.Hour} * * ?");
        var dll = AppProcess.FindWebDll();
        var folder = Node.TempFolder("briefing-edition-restart-");
        try
        {
            await using (var first = await AppProcess.StartAsync(dll, folder, settings))
            {
                using var client = new HttpClient { BaseAddress = first.BaseAddress };
                Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("api/topics/morning/run?date=2026-01-01", null)).StatusCode);
                var clock = Stopwatch.StartNew();
                while (!EditionNode.Gathered().IsMatch(first.Output) || model.Requests.Count == 0)
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the edition never started generating: " + first.Output);
                    await Task.Delay(50);
                }

                first.Kill();
                feeds.ItemsPerFeed = 6; // three new items for the missed edition: the first three were taken
                output.WriteLine($"killed mid-edition after {model.Requests.Count} model requests; the topic is due at {due:HH:mm:ss} UTC");
            }

            while (DateTimeOffset.UtcNow < due.AddSeconds(70)) await Task.Delay(500); // past the 60 s misfire threshold

            await using var second = await AppProcess.StartAsync(dll, folder, settings);
            using var again = new HttpClient { BaseAddress = second.BaseAddress };
            var today = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var interrupted = await EditionNode.WaitAsync(again, EditionNode.Location("2026-01-01"), TimeSpan.FromSeconds(120));
            var missed = await EditionNode.WaitAsync(again, EditionNode.Location(today), TimeSpan.FromSeconds(120));
            await Task.Delay(4000); // any further firing would have shown by now

            output.WriteLine(second.Output);
            Assert.Equal("ready", interrupted.GetProperty("status").GetString());
            Assert.Equal("ready", missed.GetProperty("status").GetString());
            Assert.Equal(["rss story 3", "rss story 4", "rss story 5"], missed.GetProperty("report").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Order());
            Assert.Single(EditionNode.Continued().Matches(second.Output));
            Assert.Single(EditionNode.Gathered().Matches(second.Output)); // only the missed edition gathered; the interrupted one was continued
            var editions = (await again.GetFromJsonAsync<JsonElement>("api/topics/morning")).GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("date").GetString()).Order().ToList();
            Assert.Equal(["2026-01-01", today], editions);
            Assert.Contains("\"total\":2", await again.GetStringAsync("api/briefings"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

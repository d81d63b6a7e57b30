using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.TestKit.FakeFeeds;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.Postgres;
using Briefing.TestKit.WebProcess;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Nodes;

/// <summary>
/// Editions on two web app processes sharing one PostgreSQL database (clustered Quartz): a topic firing every few
/// seconds on both nodes makes its edition of the day once, and a node killed (SIGKILL) mid-edition has the edition
/// finished by the other, with no second edition and no second briefing.
/// </summary>
public sealed class EditionNodesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ScheduledTopic_TwoNodesFiringIt_OneEditionOneBriefing()
    {
        if (await PostgresDatabase.CreateAsync("editions", output.WriteLine) is not { } connectionString) return;
        await using var feeds = await FakeFeedServer.StartAsync();
        await using var model = await FakeOpenAIServer.StartAsync();
        var (nodes, folders) = await StartAsync(model, feeds, connectionString, "0/4 * * * * ?", "Extractive");
        try
        {
            var client = new HttpClient { BaseAddress = nodes[0].BaseAddress };
            var clock = Stopwatch.StartNew();
            while (nodes.Sum(n => EditionNode.Ready().Matches(n.Output).Count) == 0 || nodes.Sum(n => EditionNode.Claimed().Matches(n.Output).Count) < 4)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "the topic did not fire, or fired too rarely: " + string.Join("\n", nodes.Select(n => n.Output)));
                await Task.Delay(250);
            }

            var topic = await client.GetFromJsonAsync<JsonElement>("api/topics/morning");
            var editions = topic.GetProperty("editions").EnumerateArray().ToList();
            output.WriteLine($"ready on nodes {string.Join(",", Enumerable.Range(0, 2).Where(i => EditionNode.Ready().IsMatch(nodes[i].Output)).Select(i => "AB"[i]))}; firings that found it claimed: A {EditionNode.Claimed().Matches(nodes[0].Output).Count}, B {EditionNode.Claimed().Matches(nodes[1].Output).Count}");
            Assert.Equal(1, nodes.Sum(n => EditionNode.Ready().Matches(n.Output).Count));
            Assert.Equal(1, nodes.Sum(n => EditionNode.Gathered().Matches(n.Output).Count));
            Assert.Single(editions);
            Assert.Equal("ready", editions[0].GetProperty("status").GetString());
            Assert.Contains("\"total\":1", await client.GetStringAsync("api/briefings"), StringComparison.Ordinal);
            Assert.Equal(1, feeds.CountRequests("rss.xml"));

            // Asked on both nodes at once, an edition by hand is claimed by one: the other answers 409.
            var runs = await Task.WhenAll(nodes.Select(n => new HttpClient { BaseAddress = n.BaseAddress }.PostAsync("api/topics/morning/run?date=2026-01-01", null)));
            Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], runs.Select(r => r.StatusCode).Order());
        }
        finally
        {
            await StopAsync(nodes, folders);
        }
    }

    [Fact]
    public async Task NodeKilledMidEdition_OtherNodeFinishesIt_OneEditionOneBriefing()
    {
        if (await PostgresDatabase.CreateAsync("edition_failover", output.WriteLine) is not { } connectionString) return;
        await using var feeds = await FakeFeedServer.StartAsync();
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Latency = TimeSpan.FromMilliseconds(1500);
        var (nodes, folders) = await StartAsync(model, feeds, connectionString, "0 0 5 1 1 ?", "Llm");
        try
        {
            var clients = nodes.Select(n => new HttpClient { BaseAddress = n.BaseAddress }).ToArray();
            using var run = new HttpRequestMessage(HttpMethod.Post, "api/topics/morning/run?date=2026-11-22");
            var accepted = await clients[0].SendAsync(run);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

            var clock = Stopwatch.StartNew();
            int running;
            while ((running = Array.FindIndex(nodes, n => EditionNode.Gathered().IsMatch(n.Output))) < 0 || model.Requests.Count == 0)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the edition never started generating");
                await Task.Delay(50);
            }

            nodes[running].Kill();
            var survivor = 1 - running;
            output.WriteLine($"killed node {"AB"[running]} after {model.Requests.Count} model requests; waiting for node {"AB"[survivor]}");
            clock.Restart();
            var edition = await EditionNode.WaitAsync(clients[survivor], EditionNode.Location("2026-11-22"), TimeSpan.FromSeconds(120));

            output.WriteLine($"{edition.GetProperty("status")} after {clock.Elapsed.TotalSeconds:F0} s on node {"AB"[survivor]}");
            Assert.Equal("ready", edition.GetProperty("status").GetString());
            Assert.Equal("done", edition.GetProperty("briefingStatus").GetString());
            Assert.Single(EditionNode.Continued().Matches(nodes[survivor].Output));
            Assert.Empty(EditionNode.Gathered().Matches(nodes[survivor].Output));
            var topic = await clients[survivor].GetFromJsonAsync<JsonElement>("api/topics/morning");
            Assert.Single(topic.GetProperty("editions").EnumerateArray());
            Assert.Contains("\"total\":1", await clients[survivor].GetStringAsync("api/briefings"), StringComparison.Ordinal);
            var briefing = await clients[survivor].GetFromJsonAsync<JsonElement>($"api/briefings/{edition.GetProperty("briefingId").GetGuid()}");
            Assert.Equal(2, briefing.GetProperty("attempts").GetInt32());
        }
        finally
        {
            await StopAsync(nodes, folders);
        }
    }

    private static async Task<(AppProcess[] Nodes, string[] Folders)> StartAsync(FakeOpenAIServer model, FakeFeedServer feeds, string connectionString, string cron, string engine)
    {
        var settings = EditionNode.WithTopic(Node.Settings(model), feeds, cron);
        settings["Storage:Provider"] = "Postgres";
        settings["Storage:ConnectionString"] = connectionString;
        settings["Summarization:Engine"] = engine;
        settings["Topics:0:TimeZone"] = "Europe/Paris";
        var dll = AppProcess.FindWebDll();
        var (a, b) = (Node.TempFolder("briefing-edition-a-"), Node.TempFolder("briefing-edition-b-"));
        return (await Node.StartAllAsync(() => AppProcess.StartAsync(dll, a, settings), () => AppProcess.StartAsync(dll, b, settings)), [a, b]);
    }

    private static async Task StopAsync(AppProcess[] nodes, string[] folders)
    {
        foreach (var node in nodes) await node.DisposeAsync();
        foreach (var folder in folders) Directory.Delete(folder, recursive: true);
    }
}

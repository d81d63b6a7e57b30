using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.Postgres;
using Briefing.TestKit.WebProcess;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Nodes;

/// <summary>
/// Two web app processes on one PostgreSQL database, each running its own clustered Quartz scheduler: briefings
/// queued through both are each generated exactly once (one started and one done log line across both nodes, one
/// attempt, one row), and a node killed (SIGKILL) or stopped (SIGTERM) mid-generation has its briefing finished by
/// the other.
/// </summary>
public sealed partial class TwoNodesTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int Briefings = 6;

    [Fact]
    public async Task QueuedBriefings_TwoNodesOnOnePostgres_EachGeneratedExactlyOnce()
    {
        if (await database.ConnectionStringAsync(output.WriteLine) is not { } connectionString) return;
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Latency = TimeSpan.FromMilliseconds(300);
        var (nodes, folders) = await Node.StartTwoOnPostgresAsync(model, connectionString);
        try
        {
            var clients = nodes.Select(n => new HttpClient { BaseAddress = n.BaseAddress }).ToArray();
            var ids = await Task.WhenAll(Enumerable.Range(0, Briefings).Select(i => Node.SubmitAsync(clients[i % 2], $"Two nodes {i}")));

            var finished = await Task.WhenAll(ids.Select((id, i) => WaitAsync(clients[(i + 1) % 2], id)));
            await WaitForLogsAsync(nodes, ids);

            var logs = nodes.Select(n => n.Output).ToArray();
            foreach (var (id, status) in ids.Zip(finished))
            {
                var ranOn = Enumerable.Range(0, 2).Where(n => Node.Count(logs[n], Started(), id) > 0).Select(n => "ABCD"[n]);
                output.WriteLine($"{id}: {status.GetProperty("status")} attempts {status.GetProperty("attempts")} on node {string.Join(",", ranOn)}");
                Assert.Equal("done", status.GetProperty("status").GetString());
                Assert.Equal(1, status.GetProperty("attempts").GetInt32());
                Assert.Equal(1, logs.Sum(l => Node.Count(l, Started(), id)));
                Assert.Equal(1, logs.Sum(l => Node.Count(l, Done(), id)));
            }

            var archive = await clients[0].GetStringAsync("api/briefings?pageSize=100");
            Assert.Equal(Briefings, Regex.Matches(archive, "\"status\":\"done\"").Count);
            Assert.Contains($"\"total\":{Briefings}", archive, StringComparison.Ordinal);
            Assert.DoesNotContain(logs, l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("crit:", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
            foreach (var folder in folders) Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NodeStoppedMidGeneration_OtherNodeTakesOver_BriefingDoneOnce(bool graceful)
    {
        if (await PostgresDatabase.CreateAsync("failover", output.WriteLine) is not { } connectionString) return;
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Latency = TimeSpan.FromMilliseconds(1500);
        var (nodes, folders) = await Node.StartTwoOnPostgresAsync(model, connectionString);
        try
        {
            var clients = nodes.Select(n => new HttpClient { BaseAddress = n.BaseAddress }).ToArray();
            var id = await Node.SubmitAsync(clients[0], "Survives its node");
            var clock = Stopwatch.StartNew();
            int running;
            while ((running = Array.FindIndex(nodes, n => Node.Count(n.Output, Started(), id) > 0)) < 0 || model.Requests.Count == 0)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the briefing never started");
                await Task.Delay(50);
            }

            var survivor = 1 - running;
            if (graceful)
            {
                var stopped = await nodes[running].StopAsync(TimeSpan.FromSeconds(60));
                output.WriteLine($"node {"AB"[running]} stopped (SIGTERM) mid-generation in {stopped.TotalSeconds:F1} s");
                Assert.True(stopped < TimeSpan.FromSeconds(20), $"a graceful stop took {stopped.TotalSeconds:F0} s");
            }
            else
            {
                nodes[running].Kill();
            }

            output.WriteLine($"{(graceful ? "stopped" : "killed")} node {"AB"[running]} after {model.Requests.Count} model requests; waiting for node {"AB"[survivor]}");
            clock.Restart();
            var final = await WaitAsync(clients[survivor], id);
            output.WriteLine($"{final.GetProperty("status")} after {clock.Elapsed.TotalSeconds:F0} s, attempts {final.GetProperty("attempts")}");
            await WaitForLogsAsync([nodes[survivor]], [id]);

            Assert.Equal("done", final.GetProperty("status").GetString());
            Assert.Equal(2, final.GetProperty("attempts").GetInt32());
            Assert.Equal(1, Node.Count(nodes[survivor].Output, Started(), id));
            Assert.Equal(1, Node.Count(nodes[survivor].Output, Done(), id));
            Assert.Contains("\"total\":1", await clients[survivor].GetStringAsync("api/briefings"), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
            foreach (var folder in folders) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<System.Text.Json.JsonElement> WaitAsync(HttpClient client, Guid id)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            var status = await Node.StatusAsync(client, id);
            if (status.GetProperty("status").GetString() is "done" or "failed") return status;
            await Task.Delay(200);
        }

        throw new TimeoutException($"briefing {id} not finished after 120 s");
    }

    // Console logging is buffered: give the last lines a moment to arrive.
    private static async Task WaitForLogsAsync(AppProcess[] nodes, Guid[] ids)
    {
        for (var i = 0; i < 50 && !ids.All(id => nodes.Sum(n => Node.Count(n.Output, Done(), id)) >= 1); i++) await Task.Delay(100);
    }

    [GeneratedRegex(@"Briefing (?<id>[0-9a-f-]{36}) started \(attempt \d+\)")]
    private static partial Regex Started();

    [GeneratedRegex(@"Briefing (?<id>[0-9a-f-]{36}) done:")]
    private static partial Regex Done();
}

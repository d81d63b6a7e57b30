using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.WebProcess;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Nodes;

/// <summary>
/// The app (SQLite) killed with SIGKILL while a briefing is being generated, then started again on the same data
/// folder: the briefing completes on the next attempt, or fails saying so once Jobs:MaxAttempts is reached. It
/// never stays running, and no second briefing appears.
/// </summary>
public sealed partial class RestartTests(ITestOutputHelper output)
{
    // The refused attempt is counted too: the failed briefing shows attempts 2 with Jobs:MaxAttempts 1.
    [Theory]
    [InlineData(3, "done", 2)]
    [InlineData(1, "failed", 2)]
    public async Task Killed_MidGeneration_RestartFinishesTheBriefing(int maxAttempts, string expected, int attempts)
    {
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Latency = TimeSpan.FromMilliseconds(1500);
        var settings = Node.Settings(model);
        settings["Jobs:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dll = AppProcess.FindWebDll();
        var folder = Node.TempFolder("briefing-restart-");
        try
        {
            Guid id;
            await using (var first = await AppProcess.StartAsync(dll, folder, settings))
            {
                using var client = new HttpClient { BaseAddress = first.BaseAddress };
                id = await Node.SubmitAsync(client, "Killed mid-run");
                var running = await WaitForAsync(client, id, s => s.GetProperty("status").GetString() == "running" && model.Requests.Count > 0, TimeSpan.FromSeconds(60));
                output.WriteLine($"killing pid {first.Id} at stage {running.GetProperty("stage")} after {model.Requests.Count} model requests");
                first.Kill();
                Assert.True(first.HasExited);
            }

            await using var second = await AppProcess.StartAsync(dll, folder, settings);
            using var again = new HttpClient { BaseAddress = second.BaseAddress };
            var final = await WaitForAsync(again, id, s => s.GetProperty("status").GetString() is "done" or "failed", TimeSpan.FromSeconds(90));
            await Task.Delay(1500);

            output.WriteLine($"after restart: {final.GetProperty("status")} attempts {final.GetProperty("attempts")} error {final.GetProperty("error")}");
            output.WriteLine(second.Output);
            Assert.Equal(expected, final.GetProperty("status").GetString());
            Assert.Equal(attempts, final.GetProperty("attempts").GetInt32());
            if (expected == "failed") Assert.Contains("Jobs:MaxAttempts", final.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(expected == "done" ? 1 : 0, Done().Count(second.Output));
            Assert.Equal(expected == "done" ? 1 : 0, Started().Count(second.Output));
            Assert.Equal(expected, (await Node.StatusAsync(again, id)).GetProperty("status").GetString());
            var archive = await again.GetStringAsync("api/briefings?pageSize=100");
            Assert.Contains("\"total\":1", archive, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, Guid id, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var status = await Node.StatusAsync(client, id);
            if (condition(status)) return status;

            await Task.Delay(50);
        }

        throw new TimeoutException($"briefing {id}: condition not met after {timeout.TotalSeconds} s");
    }

    [GeneratedRegex(@"Briefing [0-9a-f-]{36} started \(attempt 2\)")]
    private static partial Regex Started();

    [GeneratedRegex(@"Briefing [0-9a-f-]{36} done:")]
    private static partial Regex Done();
}

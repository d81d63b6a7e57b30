using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.TestKit.FakeFeeds;

namespace Briefing.Web.Tests.Nodes;

/// <summary>What the edition process tests share: a settings topic "morning" on the loopback feed server, the log
/// lines an edition writes, and waiting for an edition to be ready or failed.</summary>
internal static partial class EditionNode
{
    public const string Topic = "morning";

    public static Dictionary<string, string> WithTopic(Dictionary<string, string> settings, FakeFeedServer feeds, string cron)
    {
        settings["Feeds:AllowedHosts:0"] = "127.0.0.1";
        settings["Feeds:JitterMilliseconds"] = "0";
        settings["Topics:0:Name"] = Topic;
        settings["Topics:0:Sources:0"] = feeds.Url("rss.xml");
        settings["Topics:0:Cron"] = cron;
        settings["Topics:0:LookbackHours"] = "24"; // the feed server dates its items by the real clock, as the nodes read it
        settings["Logging:LogLevel:Briefing.Service.Topics"] = "Information";
        return settings;
    }

    /// <summary>Polls an edition (its API address) until it is ready or failed.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string location, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            using var response = await client.GetAsync(location);
            if (response.IsSuccessStatusCode)
            {
                var edition = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (edition.GetProperty("status").GetString() is "ready" or "failed") return edition;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{location} not finished after {timeout.TotalSeconds} s");
    }

    public static string Location(string date) => $"api/topics/{Topic}/editions/{date}";

    [GeneratedRegex(@"Edition morning \d{4}-\d\d-\d\d ready")]
    public static partial Regex Ready();

    [GeneratedRegex(@"Edition morning \d{4}-\d\d-\d\d started:")]
    public static partial Regex Gathered();

    [GeneratedRegex(@"Edition morning \d{4}-\d\d-\d\d already claimed")]
    public static partial Regex Claimed();

    [GeneratedRegex(@"Edition morning \d{4}-\d\d-\d\d continued")]
    public static partial Regex Continued();
}

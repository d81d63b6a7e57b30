using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.TestKit.FakeFeeds;
using Briefing.TestKit.WebProcess;

namespace Briefing.Bench;

/// <summary>
/// Scheduled editions at scale on one node: the web app as a child process (SQLite, extractive engine) with 20
/// settings topics of 10 loopback feeds each (50 items per feed, every item's page served too), all due in the same
/// minute. Prints the wall time until every edition is ready, the app's peak memory, the requests made, and the
/// requests a second run makes (target: only conditional GETs, answered 304, and no page).
/// </summary>
internal static class EditionsBench
{
    private const int Topics = 20;
    private const int FeedsPerTopic = 10;
    private const int ItemsPerFeed = 50;

    public static async Task RunAsync(string root, string? webDll)
    {
        webDll ??= Path.Combine(root, "src", "Briefing.Web", "bin", "Release", "net10.0", "Briefing.Web.dll");
        if (!File.Exists(webDll)) throw new FileNotFoundException($"{webDll} not found: run dotnet build src/Briefing.Web -c Release first");
        await using var feeds = await FakeFeedServer.StartAsync();
        feeds.ItemsPerFeed = ItemsPerFeed;
        var pages = ServeRealArticles(feeds, Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "multinews-dev.jsonl")));
        var fire = DateTimeOffset.UtcNow.AddSeconds(75);
        fire = new DateTimeOffset(fire.Year, fire.Month, fire.Day, fire.Hour, fire.Minute, 0, TimeSpan.Zero);
        var settings = new Dictionary<string, string>
        {
            ["Rendering:TemplatesPath"] = Path.Combine(root, "templates"),
            ["Llm:PromptsPath"] = Path.Combine(root, "prompts"),
            ["Rendering:ChromiumPath"] = "/nonexistent/chromium",
            ["Summarization:Engine"] = "Extractive",
            ["Feeds:AllowedHosts:0"] = "127.0.0.1",
            ["Feeds:JitterMilliseconds"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var t = 0; t < Topics; t++)
        {
            settings[$"Topics:{t}:Name"] = $"topic-{t:00}";
            settings[$"Topics:{t}:Cron"] = $"0 {fire.Minute} {fire.Hour} * * ?";
            settings[$"Topics:{t}:LookbackHours"] = "744";
            for (var f = 0; f < FeedsPerTopic; f++) settings[$"Topics:{t}:Sources:{f}"] = feeds.Url($"conditional.xml?topic={t}&feed={f}");
        }

        var folder = Directory.CreateTempSubdirectory("briefing-bench-editions").FullName;
        await using var app = await AppProcess.StartAsync(webDll, folder, settings);
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var date = fire.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Console.WriteLine($"Editions benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Topics} topics × {FeedsPerTopic} feeds × {ItemsPerFeed} items, all due at {fire:HH:mm} UTC, {pages}, one node (SQLite, extractive, Jobs:MaxConcurrency 2, Feeds:MaxConcurrencyPerHost 2, no jitter)");
        while (DateTimeOffset.UtcNow < fire) await Task.Delay(200);

        var wall = Stopwatch.StartNew();
        var statuses = await WaitAllAsync(client, date, TimeSpan.FromMinutes(30));
        var elapsed = wall.Elapsed;
        var first = feeds.Requests;
        Console.WriteLine();
        Console.WriteLine("| measure | result | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| editions ready after the shared firing | {statuses.Count(s => s == "ready")} of {Topics} ({string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}) | all |");
        Console.WriteLine($"| wall time, firing to the last edition ready | {elapsed.TotalSeconds:F1} s | |");
        Console.WriteLine($"| app peak memory (VmHWM) | {app.PeakWorkingSetBytes() / 1048576.0:F0} MB | |");
        Console.WriteLine($"| first run: feed requests / article page requests | {first.Count(IsFeed)} / {first.Count(r => !IsFeed(r))} | {Topics * FeedsPerTopic} / {Topics * ItemsPerFeed} |");

        var before = first.Count;
        wall.Restart();
        var runs = await Task.WhenAll(Enumerable.Range(0, Topics).Select(t => client.PostAsync($"api/topics/topic-{t:00}/run?date=2000-01-01", null)));
        await WaitAllAsync(client, "2000-01-01", TimeSpan.FromMinutes(5));
        var second = feeds.Requests.Skip(before).ToList();
        var conditional = second.Count(r => IsFeed(r) && r.Headers.TryGetValue("If-None-Match", out var tag) && tag == FakeFeedServer.ETag);
        Console.WriteLine($"| second run ({runs.Count(r => r.IsSuccessStatusCode)} runs by hand, {wall.Elapsed.TotalSeconds:F1} s): feed requests / conditional (answered 304) / pages | {second.Count(IsFeed)} / {conditional} / {second.Count(r => !IsFeed(r))} | {Topics * FeedsPerTopic} / {Topics * FeedsPerTopic} / 0 |");
        Directory.Delete(folder, recursive: true);
    }

    // Real news articles make the generation an edition's real work (grouping 50 articles into stories); the fake
    // server's own pages are near-copies of each other and would be folded into one.
    private static string ServeRealArticles(FakeFeedServer feeds, string dataset)
    {
        if (!File.Exists(dataset)) return "fake article pages (near-duplicates: multinews-dev.jsonl not found)";
        var documents = File.ReadLines(dataset)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? ""))
            .Where(d => d.Split(' ').Length is > 200 and < 1500)
            .Take(ItemsPerFeed)
            .ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            var paragraphs = string.Concat(documents[i].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));
            feeds.Serve($"article/rss-{i}", new FakeFeedReply(Body: $"<!DOCTYPE html><html><head><title>Story {i}</title></head><body><article>{paragraphs}</article></body></html>", ContentType: "text/html; charset=utf-8"));
        }

        return $"{documents.Count} real news articles (Multi-News dev) as the item pages";
    }

    private static bool IsFeed(FeedRequest request) => request.Path.StartsWith("/conditional.xml", StringComparison.Ordinal);

    private static async Task<List<string>> WaitAllAsync(HttpClient client, string date, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var statuses = new string[Topics];
        while (clock.Elapsed < limit)
        {
            for (var t = 0; t < Topics; t++)
            {
                if (statuses[t] is "ready" or "failed") continue;
                using var response = await client.GetAsync($"api/topics/topic-{t:00}/editions/{date}");
                if (response.IsSuccessStatusCode) statuses[t] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() ?? "";
            }

            if (statuses.All(s => s is "ready" or "failed")) break;
            await Task.Delay(250);
        }

        return [.. statuses.Select(s => s ?? "not started")];
    }
}

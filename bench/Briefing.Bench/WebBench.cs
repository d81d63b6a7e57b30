using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.TestKit.WebProcess;

namespace Briefing.Bench;

/// <summary>
/// The web app as a child process on loopback (SQLite, extractive engine, PDF by Chromium), driven by HttpClient from
/// this process: 200 concurrent PDF downloads, the process's working set around 1,000 and 2,000 more downloads, the
/// queue's added latency for single briefings, and a burst of generation requests beyond the rate limit (429
/// latency; every accepted briefing completes; briefings per minute).
/// </summary>
internal static class WebBench
{
    private const int PerMinute = 20;
    private const int Burst = 40;

    public static async Task RunAsync(string root, string? webDll)
    {
        webDll ??= Path.Combine(root, "src", "Briefing.Web", "bin", "Release", "net10.0", "Briefing.Web.dll");
        if (!File.Exists(webDll)) throw new FileNotFoundException($"{webDll} not found: run dotnet build src/Briefing.Web -c Release first");
        var folder = Directory.CreateTempSubdirectory("briefing-bench-web").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Rendering:TemplatesPath"] = Path.Combine(root, "templates"),
            ["Llm:PromptsPath"] = Path.Combine(root, "prompts"),
            ["Summarization:Engine"] = "Extractive",
            ["Web:ApiKeys:0"] = "bench-setup",
            ["Web:ApiKeys:1"] = "bench-burst",
            ["Web:GenerationsPerMinute"] = PerMinute.ToString(CultureInfo.InvariantCulture),
        };
        var started = Stopwatch.StartNew();
        await using var app = await AppProcess.StartAsync(webDll, folder, settings);
        var startup = started.Elapsed;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };

        Console.WriteLine($"Web service benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(webDll)))} build of Briefing.Web as a child process (SQLite, extractive engine, Jobs:MaxConcurrency 2), started in {startup.TotalSeconds:F1} s");
        Console.WriteLine();

        var first = await SubmitAsync(client, "bench-setup");
        var done = await WaitAsync(client, first.Id);
        var format = done.GetProperty("pdfError").ValueKind == JsonValueKind.String ? "html" : "pdf";
        if (format == "html") Console.WriteLine($"(no PDF: {done.GetProperty("pdfError")}; downloads use the HTML rendering)");
        var size = (await client.GetByteArrayAsync($"api/briefings/{first.Id}/{format}")).Length;

        Console.WriteLine("| measure | result | target |");
        Console.WriteLine("|---|---|---|");
        var memoryBefore = app.WorkingSetBytes();
        var (latencies, errors) = await DownloadAsync(client, first.Id, format, 200, 200);
        Console.WriteLine($"| 200 concurrent downloads of a stored {format.ToUpperInvariant()} ({size / 1024} KB) | p50 {P(latencies, 50):F0} ms, p95 {P(latencies, 95):F0} ms, max {latencies.Max():F0} ms; {errors} errors | p95 < 200 ms, 0 errors |");
        var (more, moreErrors) = await DownloadAsync(client, first.Id, format, 1000, 50);
        var memoryAfter = app.WorkingSetBytes();
        var (most, mostErrors) = await DownloadAsync(client, first.Id, format, 1000, 50);
        var memoryAfter2 = app.WorkingSetBytes();
        Console.WriteLine($"| 2 x 1,000 more downloads, 50 at a time | p95 {P(more, 95):F0} / {P(most, 95):F0} ms; {moreErrors + mostErrors} errors | |");
        Console.WriteLine($"| app working set: before downloads / after 1,200 / after 2,200 | {Mb(memoryBefore)} / {Mb(memoryAfter)} / {Mb(memoryAfter2)} MB | flat |");
        var (warm, warmErrors) = await DownloadAsync(client, first.Id, format, 200, 200);
        Console.WriteLine($"| 200 concurrent downloads again, warm (after 2,200) | p50 {P(warm, 50):F0} ms, p95 {P(warm, 95):F0} ms, max {warm.Max():F0} ms; {warmErrors} errors | p95 < 200 ms, 0 errors |");

        var queued = new List<double>();
        var total = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var (id, posted) = await SubmitAsync(client, "bench-setup");
            var clock = Stopwatch.StartNew();
            double? running = null;
            while (true)
            {
                var status = await client.GetFromJsonAsync<JsonElement>($"api/briefings/{id}");
                var name = status.GetProperty("status").GetString();
                if (running is null && name != "queued") running = posted + clock.Elapsed.TotalMilliseconds;
                if (name is "done" or "failed") break;
                await Task.Delay(5);
            }

            queued.Add(running!.Value);
            total.Add(posted + clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"| one briefing at a time (seed story, 5 runs): POST -> running (the queue's added latency) | median {P(queued, 50):F0} ms (max {queued.Max():F0} ms) | |");
        Console.WriteLine($"| one briefing at a time: POST -> done (generation, 4 renderings incl. PDF, storage) | median {P(total, 50):F0} ms | |");

        var burst = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => TrySubmitAsync(client, "bench-burst")));
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).Select(a => a.Ms).ToList();
        var excess = await Task.WhenAll(Enumerable.Range(0, PerMinute).Select(i => TrySubmitAsync(client, "bench-burst")));
        var excessRefused = excess.Where(a => a.Status == HttpStatusCode.TooManyRequests).Select(a => a.Ms).ToList();
        var finished = await Task.WhenAll(accepted.Select(a => WaitAsync(client, a.Id)));
        var burstTime = burst.Elapsed;
        var completed = finished.Count(f => f.GetProperty("status").GetString() == "done");
        Console.WriteLine($"| burst of {Burst} generation requests, limit {PerMinute}/min per key | {accepted.Count} accepted, {refused.Count} answered 429 (p95 {P(refused, 95):F0} ms, max {(refused.Count == 0 ? 0 : refused.Max()):F0} ms), {Burst - accepted.Count - refused.Count} other | 429 in < 50 ms |");
        Console.WriteLine($"| {PerMinute} more at once, the key's window used up (generation running meanwhile) | {excessRefused.Count} answered 429: p50 {P(excessRefused, 50):F0} ms, p95 {P(excessRefused, 95):F0} ms, max {(excessRefused.Count == 0 ? 0 : excessRefused.Max()):F0} ms | 429 in < 50 ms |");
        Console.WriteLine($"| accepted briefings completed | {completed}/{accepted.Count} in {burstTime.TotalSeconds:F1} s = {completed / burstTime.TotalMinutes:F0} briefings per minute | all |");
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(Guid Id, double Ms)> SubmitAsync(HttpClient client, string key)
    {
        var answer = await TrySubmitAsync(client, key);
        if (answer.Status != HttpStatusCode.Accepted) throw new InvalidOperationException($"POST /api/briefings answered {(int)answer.Status}");
        return (answer.Id, answer.Ms);
    }

    private static async Task<(HttpStatusCode Status, Guid Id, double Ms)> TrySubmitAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/briefings") { Content = SeedForm() };
        request.Headers.Add("X-Api-Key", key);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        var id = response.StatusCode == HttpStatusCode.Accepted ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid() : Guid.Empty;
        return (response.StatusCode, id, ms);
    }

    private static MultipartFormDataContent SeedForm()
    {
        var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(Briefing.TestKit.Repo.Seeds).Order(StringComparer.Ordinal))
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(file)) { Headers = { ContentType = new("text/plain") } }, "files", Path.GetFileName(file));
        }

        return form;
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, Guid id)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"api/briefings/{id}");
            if (status.GetProperty("status").GetString() is "done" or "failed") return status;
            await Task.Delay(50);
        }

        throw new TimeoutException($"briefing {id} not finished after 5 minutes");
    }

    // count downloads, at most `parallel` at once; latency from sending to the last byte read.
    private static async Task<(List<double> Latencies, int Errors)> DownloadAsync(HttpClient client, Guid id, string format, int count, int parallel)
    {
        var latencies = new List<double>();
        var errors = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, token) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync($"api/briefings/{id}/{format}", token);
                var bytes = await response.Content.ReadAsByteArrayAsync(token);
                var ok = response.IsSuccessStatusCode && bytes.Length > 0;
                lock (latencies)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                    if (!ok) errors++;
                }
            }
            catch (HttpRequestException)
            {
                lock (latencies) errors++;
            }
        });
        return (latencies, errors);
    }

    private static double P(List<double> values, int percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}

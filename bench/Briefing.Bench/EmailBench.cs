using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Rendering;
using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Briefing.Service.Topics;
using Briefing.TestKit.Smtp;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Bench;

/// <summary>
/// One edition to N subscribers through the real outbox and SmtpSender (pooled MailKit connections) to the local
/// aiosmtpd server, SQLite storage. Clean runs: one sender process start to finish with 1, 2, 4 and 8 connections.
/// Then, at the default Delivery:Connections, the sender process is killed (SIGKILL) twice mid-run and started again.
/// Each run: messages per second, the sender's peak working set, lost and duplicated messages (read back from the
/// server's saved files).
/// </summary>
internal static class EmailBench
{
    private static readonly int DefaultConnections = new DeliveryOptions().Connections;
    private const string Topic = "bench";

    public static async Task RunAsync(string root, int count)
    {
        Console.WriteLine($"Email delivery benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {count:N0} subscribers · SQLite · aiosmtpd on loopback · MailKit on NoDelay sockets, default Smtp settings, no rate limit");
        Console.WriteLine();
        Console.WriteLine("| run | connections | outbox rows written (edition ready) | sent in | messages/s | sender peak working set | lost | duplicates |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var briefingJson = await BriefingJsonAsync(root);
        var runs = new[] { (1, 0), (2, 0), (4, 0), (8, 0), (DefaultConnections, 2) };
        foreach (var (connections, kills) in runs)
        {
            await using var server = await SmtpServer.StartAsync();
            var folder = Directory.CreateTempSubdirectory("briefing-bench-email").FullName;
            var connectionString = $"Data Source={Path.Combine(folder, "briefing.db")}";
            var database = Open(connectionString);
            await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync(default);
            await SubscribersAsync(database, count);
            var ready = await ReadyEditionAsync(database, briefingJson);

            var clock = Stopwatch.StartNew();
            var peaks = new List<long>();
            for (var k = 1; k <= kills; k++)
            {
                using var victim = StartSender(connectionString, server.Port, connections);
                await server.WaitForMessagesAsync(count * k / (kills + 1), TimeSpan.FromMinutes(10));
                victim.Refresh();
                peaks.Add(victim.PeakWorkingSet64);
                victim.Kill(entireProcessTree: true);
                await victim.WaitForExitAsync();
            }

            using (var sender = StartSender(connectionString, server.Port, connections))
            {
                await SettledAsync(database);
                sender.Refresh();
                peaks.Add(sender.PeakWorkingSet64);
                sender.StandardInput.Close();
                await sender.WaitForExitAsync();
            }

            var elapsed = clock.Elapsed;
            var received = Recipients(server.MessagesFolder);
            var distinct = received.Distinct(StringComparer.Ordinal).Count();
            var label = kills == 0 ? "clean" : $"sender killed {kills}× and restarted";
            Console.WriteLine($"| {label} | {connections} | {count:N0} in {ready.TotalMilliseconds:F0} ms | {elapsed.TotalSeconds:F1} s | {count / elapsed.TotalSeconds:F0} | {peaks.Max() / (1024 * 1024)} MB | {count - distinct} | {received.Count - distinct} |");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sender alone, as a child process: the real OutboxSender over the given database, until stdin closes.</summary>
    public static async Task SenderAsync(string root, string connectionString, int port, int connections)
    {
        var database = Open(connectionString);
        var time = TimeProvider.System;
        var delivery = Options.Create(new DeliveryOptions { Secret = new string('s', 40), BaseUrl = "https://briefing.example.org/", Connections = connections, MessagesPerSecond = 10_000, IdlePollMilliseconds = 100, RetryBaseSeconds = 1, RetryMaxSeconds = 5 });
        var smtp = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, FromAddress = "news@briefing.example.org", TimeoutSeconds = 10 });
        var briefings = new BriefingStore(database, time);
        var topics = new TopicCatalog(Options.Create(new List<TopicDefinition> { new() { Name = Topic } }), new TopicStore(database, time));
        var composer = new EmailComposer(new EmailTemplates(Path.Combine(root, "templates")), new SubscriberTokens(delivery, time), smtp, delivery);
        await using var smtpSender = new SmtpSender(smtp, delivery, time, NullLogger<SmtpSender>.Instance);
        var sender = new OutboxSender(
            new OutboxClaims(database, time),
            new EditionMails(briefings, topics, composer),
            composer,
            smtpSender,
            new DeliveryState(time, NullLogger<DeliveryState>.Instance),
            new SubscriberStore(database, time),
            delivery,
            smtp,
            time,
            NullLogger<OutboxSender>.Instance);
        await sender.StartAsync(default);
        await Console.In.ReadToEndAsync();
        await sender.StopAsync(default);
    }

    private static Process StartSender(string connectionString, int port, int connections)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") info.ArgumentList.Add(typeof(EmailBench).Assembly.Location);
        info.ArgumentList.Add("email-sender");
        info.ArgumentList.Add(connectionString);
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(connections.ToString(CultureInfo.InvariantCulture));
        return Process.Start(info)!;
    }

    private static Database Open(string connectionString) => new(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = connectionString }));

    private static async Task<string> BriefingJsonAsync(string root)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rendering:TemplatesPath"] = Path.Combine(root, "templates") }).Build();
        await using var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
        var briefing = await services.GetRequiredService<IBriefingGenerator>().GenerateAsync(new GenerationRequest([ArticleInput.FromPath(Path.Combine(root, "seeds", "lausanne-2016"))]), null, default);
        return JsonSerializer.Serialize(briefing, JsonRenderer.Options);
    }

    private static async Task SubscribersAsync(Database database, int count)
    {
        var now = StoredTime.Stamp(DateTimeOffset.UtcNow);
        await using var connection = await database.OpenAsync(default);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO subscribers (id, topic, email, status, created_at, confirmed_at) VALUES (@id, @topic, @email, 'confirmed', @now, @now)",
            Enumerable.Range(1, count).Select(i => new { id = Guid.NewGuid().ToString("D"), topic = Topic, email = $"reader{i:00000}@example.test", now }),
            transaction);
        await transaction.CommitAsync();
    }

    private static async Task<TimeSpan> ReadyEditionAsync(Database database, string json)
    {
        var time = TimeProvider.System;
        var briefings = new BriefingStore(database, time);
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        await briefings.CreateAsync(new StoredBriefing(id, "bench", BriefingStatus.Queued, null, null, "extractive", null, 0, now, now, null, null, null, null), [], default);
        await briefings.StartAsync(id, default);
        await briefings.CompleteAsync(id, new BriefingRenderings("bench", json, "<p>bench</p>", "bench", null, "no PDF in the benchmark", "bench", "etag"), default);
        var editions = new EditionStore(database, time, [new DeliveryOutbox(database, time)]);
        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        await editions.ClaimAsync(Topic, date, now, default);
        var clock = Stopwatch.StartNew();
        await editions.MarkReadyAsync(Topic, date, id, default);
        return clock.Elapsed;
    }

    private static async Task SettledAsync(Database database)
    {
        while (true)
        {
            await using var connection = await database.OpenAsync(default);
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending')") == 0) return;
            await Task.Delay(200);
        }
    }

    private static List<string> Recipients(string folder) =>
        Directory.GetFiles(folder, "*.eml").Select(file => File.ReadLines(file).TakeWhile(l => l.Length > 0).First(l => l.StartsWith("To: ", StringComparison.Ordinal))[4..].Trim()).ToList();
}

using System.Text.Json;
using Briefing.Rendering;
using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Briefing.Service.Topics;
using Briefing.TestKit.Smtp;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Tests.Delivery;

/// <summary>
/// The real outbox wired by hand over one database (SQLite file or throwaway PostgreSQL) and one aiosmtpd server:
/// stores, the edition-ready participant, claims and as many senders as a test starts. Topic "world" attaches the PDF,
/// topic "plain" does not.
/// </summary>
internal sealed class OutboxRig
{
    public OutboxRig(StorageProvider provider, string connectionString, SmtpServer server, Action<DeliveryOptions>? delivery = null)
    {
        Server = server;
        Database = new Database(Options.Create(new StorageOptions { Provider = provider, ConnectionString = connectionString }));
        Delivery = Mail.Delivery(o =>
        {
            o.RetryBaseSeconds = 1;
            o.RetryMaxSeconds = 2;
            o.MessagesPerSecond = 500;
            o.Connections = 2;
            o.IdlePollMilliseconds = 50;
            delivery?.Invoke(o);
        });
        Smtp = Mail.Smtp(server.Port, o => o.TimeoutSeconds = 5);
        Briefings = new BriefingStore(Database, Time);
        Subscribers = new SubscriberStore(Database, Time);
        Outbox = new DeliveryOutbox(Database, Time);
        Claims = new OutboxClaims(Database, Time);
        Editions = new EditionStore(Database, Time, [Outbox]);
        Topics = new TopicCatalog(Options.Create(new List<TopicDefinition> { new() { Name = "world", AttachPdf = true }, new() { Name = "plain" } }), new TopicStore(Database, Time));
        Tokens = new SubscriberTokens(Options.Create(Delivery), Time);
        Composer = new EmailComposer(new EmailTemplates(Repo.Templates), Tokens, Options.Create(Smtp), Options.Create(Delivery));
        State = new DeliveryState(Time, NullLogger<DeliveryState>.Instance);
    }

    public ShiftedTime Time { get; } = new();

    public SmtpServer Server { get; }

    public Database Database { get; }

    public DeliveryOptions Delivery { get; }

    public SmtpOptions Smtp { get; }

    public BriefingStore Briefings { get; }

    public SubscriberStore Subscribers { get; }

    public DeliveryOutbox Outbox { get; }

    public OutboxClaims Claims { get; }

    public EditionStore Editions { get; }

    public TopicCatalog Topics { get; }

    public SubscriberTokens Tokens { get; }

    public EmailComposer Composer { get; }

    public DeliveryState State { get; }

    public async Task<OutboxRig> MigrateAsync()
    {
        await new Migrator(Database, NullLogger<Migrator>.Instance).MigrateAsync(default);
        return this;
    }

    public OutboxSender Sender() => new(
        Claims,
        new EditionMails(Briefings, Topics, Composer),
        Composer,
        new SmtpSender(Options.Create(Smtp), Options.Create(Delivery), Time, NullLogger<SmtpSender>.Instance),
        State,
        Subscribers,
        Options.Create(Delivery),
        Options.Create(Smtp),
        Time,
        NullLogger<OutboxSender>.Instance);

    /// <summary>Confirmed subscribers of a topic at the given addresses.</summary>
    public async Task<IReadOnlyList<Subscriber>> SubscribeAsync(string topic, params string[] emails)
    {
        var list = new List<Subscriber>();
        foreach (var email in emails)
        {
            var s = await Subscribers.SubscribeAsync(topic, email, default);
            list.Add((await Subscribers.ConfirmAsync(s.Id, topic, default))!);
        }

        return list;
    }

    /// <summary>A finished briefing (the hostile test briefing, with a PDF) made into the ready edition of a topic and day.</summary>
    public async Task<(Guid Briefing, string Key)> ReadyEditionAsync(string topic, DateOnly date)
    {
        var id = await StoredBriefingAsync();
        Assert.True(await Editions.ClaimAsync(topic, date, Time.GetUtcNow(), default));
        Assert.True(await Editions.MarkReadyAsync(topic, date, id, default));
        return (id, DeliveryOutbox.EditionKey(topic, date));
    }

    public async Task<Guid> StoredBriefingAsync()
    {
        var id = Guid.NewGuid();
        var now = Time.GetUtcNow();
        await Briefings.CreateAsync(new StoredBriefing(id, "t", BriefingStatus.Queued, null, null, "extractive", 120, 0, now, now, null, null, null, null), [], default);
        await Briefings.StartAsync(id, default);
        var json = JsonSerializer.Serialize(Mail.Briefing(), JsonRenderer.Options);
        await Briefings.CompleteAsync(id, new BriefingRenderings("t", json, "<h1>t</h1>", "# t", Mail.PdfBytes, null, "t", "etag"), default);
        return id;
    }

    /// <summary>The rows' statuses by address.</summary>
    public async Task<Dictionary<string, (string Status, int Attempts, int? Code, string? Reply)>> RowsAsync(string key)
    {
        await using var connection = await Database.OpenAsync(default);
        var rows = await connection.QueryAsync<(string Email, string Status, long Attempts, long? Code, string? Reply)>(
            "SELECT email, status, attempts, last_code, last_reply FROM deliveries WHERE edition_key = @key", new { key });
        return rows.ToDictionary(r => r.Email, r => (r.Status, (int)r.Attempts, (int?)r.Code, r.Reply));
    }

    /// <summary>Waits until no row of the key is pending or sending (20 s at most).</summary>
    public async Task SettledAsync(string key, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until)
        {
            if ((await RowsAsync(key)).Values.All(r => r.Status is not ("pending" or "sending"))) return;
            await Task.Delay(50);
        }

        throw new TimeoutException($"rows of {key} still pending: {string.Join(", ", (await RowsAsync(key)).Where(r => r.Value.Status is "pending" or "sending").Select(r => r.Key + " " + r.Value))}");
    }

    /// <summary>How many saved messages went to each address.</summary>
    public Dictionary<string, int> Received() =>
        Server.Messages.Select(MimeEntity.Load).GroupBy(m => m.Header("To")!).ToDictionary(g => g.Key, g => g.Count());
}

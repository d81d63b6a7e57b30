using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Dapper;

namespace Briefing.Service.Subscribers;

/// <summary>
/// The subscribers and suppressions tables. An address subscribes once per topic; a request for an address already
/// known changes nothing but may queue one more confirmation email (at most one an hour, see
/// <see cref="DeliveryOutbox.EnqueueConfirmationAsync"/>), so the API never tells whether an address was subscribed.
/// </summary>
public sealed class SubscriberStore(Database database, TimeProvider time)
{
    private const string Columns = "id, topic, email, status, created_at, confirmed_at";

    /// <summary>The subscriber for (topic, address), created pending if new, pending again if it had unsubscribed.</summary>
    public async Task<Subscriber> SubscribeAsync(string topic, string email, CancellationToken cancellationToken)
    {
        var now = StoredTime.Stamp(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO subscribers (id, topic, email, status, created_at) VALUES (@id, @topic, @email, 'pending', @now) ON CONFLICT (topic, email) DO NOTHING",
            new { id = Guid.NewGuid().ToString("D"), topic, email, now },
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscribers SET status = 'pending', created_at = @now, unsubscribed_at = NULL WHERE topic = @topic AND email = @email AND status = 'unsubscribed'",
            new { topic, email, now },
            cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM subscribers WHERE topic = @topic AND email = @email", new { topic, email }, cancellationToken: cancellationToken));
        return row.ToSubscriber();
    }

    public async Task<Subscriber?> FindAsync(string topic, string email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM subscribers WHERE topic = @topic AND email = @email", new { topic, email }, cancellationToken: cancellationToken));
        return row?.ToSubscriber();
    }

    public async Task<Subscriber?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM subscribers WHERE id = @id", new { id = id.ToString("D") }, cancellationToken: cancellationToken));
        return row?.ToSubscriber();
    }

    /// <summary>
    /// Confirms a pending subscription (again: confirming twice is fine) and lifts an unsubscribe suppression, since a
    /// confirmed request is fresh consent; a bounce suppression stays. Null when the subscriber is gone or unsubscribed.
    /// </summary>
    public async Task<Subscriber?> ConfirmAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = new { id = id.ToString("D"), topic, now = StoredTime.Stamp(time.GetUtcNow()) };
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscribers SET status = 'confirmed', confirmed_at = @now WHERE id = @id AND topic = @topic AND status = 'pending'", key, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM subscribers WHERE id = @id AND topic = @topic AND status = 'confirmed'", key, transaction, cancellationToken: cancellationToken));
        if (row is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM suppressions WHERE topic = @topic AND email = @email AND reason = 'unsubscribe'", new { topic, row.email }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return row?.ToSubscriber();
    }

    /// <summary>
    /// Unsubscribes at once: the subscriber is marked unsubscribed, the address suppressed for the topic, and its
    /// pending deliveries suppressed, in one transaction. Idempotent; false when there is no such subscriber.
    /// </summary>
    public async Task<bool> UnsubscribeAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = StoredTime.Stamp(time.GetUtcNow());
        var email = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT email FROM subscribers WHERE id = @id AND topic = @topic", new { id = id.ToString("D"), topic }, transaction, cancellationToken: cancellationToken));
        if (email is null) return false;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = @now WHERE id = @id AND status <> 'unsubscribed'", new { id = id.ToString("D"), now }, transaction, cancellationToken: cancellationToken));
        await SuppressAsync(connection, transaction, topic, email, Suppression.Unsubscribe, null, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<Suppression>> ListSuppressionsAsync(string? topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Topic, string Email, string Reason, string? Detail, string Created)>(new CommandDefinition(
            "SELECT topic, email, reason, detail, created_at FROM suppressions WHERE @topic IS NULL OR topic = @topic ORDER BY topic, created_at",
            new { topic },
            cancellationToken: cancellationToken));
        return rows.Select(r => new Suppression(r.Topic, r.Email, r.Reason, r.Detail, StoredTime.Parse(r.Created))).ToList();
    }

    /// <summary>Lifts a suppression (an admin decision); false when there was none.</summary>
    public async Task<bool> LiftAsync(string topic, string email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM suppressions WHERE topic = @topic AND email = @email", new { topic, email }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Deletes subscriptions still unconfirmed after <paramref name="lifetime"/>; returns how many.</summary>
    public async Task<int> ExpireAsync(TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM subscribers WHERE status = 'pending' AND created_at < @cutoff", new { cutoff = StoredTime.Stamp(time.GetUtcNow() - lifetime) }, cancellationToken: cancellationToken));
    }

    /// <summary>Suppresses an address for a topic and suppresses its pending deliveries, within the caller's transaction.</summary>
    internal static async Task SuppressAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string topic, string email, string reason, string? detail, string now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO suppressions (topic, email, reason, detail, created_at) VALUES (@topic, @email, @reason, @detail, @now) ON CONFLICT (topic, email) DO NOTHING",
            new { topic, email, reason, detail, now },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET status = 'suppressed', last_reply = @reason WHERE topic = @topic AND email = @email AND status = 'pending'",
            new { topic, email, reason },
            transaction,
            cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006 // property names are the column names Dapper maps
    private sealed class Row
    {
        public string id { get; set; } = "";
        public string topic { get; set; } = "";
        public string email { get; set; } = "";
        public string status { get; set; } = "";
        public string created_at { get; set; } = "";
        public string? confirmed_at { get; set; }

        public Subscriber ToSubscriber() => new(Guid.Parse(id), topic, email, status, StoredTime.Parse(created_at), confirmed_at is null ? null : StoredTime.Parse(confirmed_at));
    }
#pragma warning restore IDE1006
}

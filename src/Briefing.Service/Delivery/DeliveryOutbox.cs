using System.Data.Common;
using System.Globalization;
using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Briefing.Service.Topics;
using Dapper;

namespace Briefing.Service.Delivery;

/// <summary>
/// Writes the outbox: one delivery row per (edition, confirmed subscriber), unique, inserted in the transaction that
/// marks the edition ready (so neither exists without the other), and rows for briefings sent on demand and for
/// confirmation emails. A row for a suppressed address is written as "suppressed" and never sent.
/// </summary>
public sealed class DeliveryOutbox(Database database, TimeProvider time) : IEditionReadyParticipant
{
    private const string Insert = "INSERT INTO deliveries (id, kind, edition_key, topic, briefing_id, subscriber_id, email, status, attempts, next_attempt_at, created_at)";

    /// <summary>The key of an edition's emails (and of their Message-IDs): topic and date.</summary>
    public static string EditionKey(string topic, DateOnly date) => topic + "/" + StoredTime.Day(date);

    /// <summary>The key of a briefing sent on demand to a topic's subscribers: sending it again adds nobody twice.</summary>
    public static string OnDemandKey(string topic, Guid briefingId) => topic + "/briefing-" + briefingId.ToString("N");

    public Task OnReadyAsync(DbConnection connection, DbTransaction transaction, Edition edition, CancellationToken cancellationToken) =>
        edition.BriefingId is { } briefing
            ? InsertForSubscribersAsync(connection, transaction, EditionKey(edition.Topic, edition.Date), edition.Topic, briefing, cancellationToken)
            : Task.FromResult(0);

    /// <summary>Queues a finished briefing for every confirmed subscriber of a topic; returns how many rows were added.</summary>
    public async Task<int> EnqueueBriefingAsync(string topic, Guid briefingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await InsertForSubscribersAsync(connection, transaction, OnDemandKey(topic, briefingId), topic, briefingId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Queues the confirmation email of a pending subscriber: at most one per subscriber and hour, so the form cannot
    /// be used to flood someone's inbox. Not queued for an address that bounced; false when nothing was added.
    /// </summary>
    public async Task<bool> EnqueueConfirmationAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = $"confirm/{subscriber.Id:N}/{now.ToString("yyyyMMddHH", CultureInfo.InvariantCulture)}";
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            {Insert}
            SELECT @key || '/' || s.id, 'confirmation', @key, s.topic, NULL, s.id, s.email,
                CASE WHEN EXISTS (SELECT 1 FROM suppressions p WHERE p.topic = s.topic AND p.email = s.email AND p.reason = 'bounce') THEN 'suppressed' ELSE 'pending' END,
                0, @now, @now
            FROM subscribers s WHERE s.id = @id AND s.status = 'pending'
            ON CONFLICT (edition_key, subscriber_id) DO NOTHING
            """,
            new { key, id = subscriber.Id.ToString("D"), now = StoredTime.Stamp(now) },
            cancellationToken: cancellationToken));
        return added == 1;
    }

    /// <summary>How the emails of a briefing stand, editions and on-demand sends together (confirmations excluded).</summary>
    public async Task<DeliveryCounts> CountsAsync(Guid briefingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, COUNT(*) FROM deliveries WHERE briefing_id = @id AND kind = 'briefing' GROUP BY status",
            new { id = briefingId.ToString("D") },
            cancellationToken: cancellationToken));
        return DeliveryCounts.From(rows.Select(r => (r.Status, (int)r.Count)));
    }

    private async Task<int> InsertForSubscribersAsync(DbConnection connection, DbTransaction transaction, string key, string topic, Guid briefingId, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            {Insert}
            SELECT @key || '/' || s.id, 'briefing', @key, s.topic, @briefing, s.id, s.email,
                CASE WHEN EXISTS (SELECT 1 FROM suppressions p WHERE p.topic = s.topic AND p.email = s.email) THEN 'suppressed' ELSE 'pending' END,
                0, @now, @now
            FROM subscribers s WHERE s.topic = @topic AND s.status = 'confirmed'
            ON CONFLICT (edition_key, subscriber_id) DO NOTHING
            """,
            new { key, topic, briefing = briefingId.ToString("D"), now = StoredTime.Stamp(time.GetUtcNow()) },
            transaction,
            cancellationToken: cancellationToken));
}

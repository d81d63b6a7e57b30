using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Dapper;

namespace Briefing.Service.Delivery;

/// <summary>
/// Takes due rows out of the outbox one at a time and records what became of them. A claim marks the row "sending"
/// for a lease (its next_attempt_at becomes the lease's end), so a row whose worker died is due again when the lease
/// runs out. PostgreSQL claims with FOR UPDATE SKIP LOCKED, so workers on several nodes never take the same row;
/// SQLite runs the same single UPDATE under its one writer lock, which gives the same guarantee on one node.
/// Outcomes are written only by the worker that holds the claim.
/// </summary>
public sealed class OutboxClaims(Database database, TimeProvider time)
{
    // The candidate is picked in a CTE because PostgreSQL evaluates a locking CTE exactly once, while a plain
    // "IN (subquery LIMIT 1 FOR UPDATE SKIP LOCKED)" may be re-run per row and claim several rows. The condition is
    // checked again outside: a row another worker claimed after this statement's snapshot is then turned away.
    private const string Due = "status IN ('pending', 'sending') AND next_attempt_at <= @now";

    private const string Returning = "RETURNING id, kind, edition_key, topic, briefing_id, subscriber_id, email, attempts, first_attempt_at";

    /// <summary>The next due row, now claimed by <paramref name="worker"/> until <paramref name="lease"/> has passed; null when none is due.</summary>
    public async Task<OutboxRow?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var skipLocked = database.Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            WITH next AS (SELECT id FROM deliveries WHERE {Due} ORDER BY next_attempt_at LIMIT 1 {skipLocked})
            UPDATE deliveries SET status = 'sending', claimed_by = @worker, next_attempt_at = @until
            WHERE id IN (SELECT id FROM next) AND {Due}
            {Returning}
            """,
            new { worker, now = StoredTime.Stamp(now), until = StoredTime.Stamp(now + lease) },
            cancellationToken: cancellationToken));
        return row?.ToOutboxRow();
    }

    /// <summary>
    /// Records an attempt's outcome. A bounce also suppresses the address for the topic (and its other pending rows);
    /// a pause hands the row back without counting the attempt, since the recipient is not at fault. False when the
    /// worker no longer held the claim (its lease ran out and another worker took the row).
    /// </summary>
    public async Task<bool> RecordAsync(OutboxRow row, string worker, SendOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (status, attempts, next) = outcome.Kind switch
        {
            SendOutcomeKind.Delivered => ("sent", row.Attempts + 1, now),
            SendOutcomeKind.Retry => ("pending", row.Attempts + 1, outcome.RetryAt ?? now),
            SendOutcomeKind.Bounced => ("bounced", row.Attempts + 1, now),
            SendOutcomeKind.Failed => ("failed", row.Attempts + 1, now),
            _ => ("pending", row.Attempts, now),
        };
        var counted = attempts > row.Attempts;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET status = @status, attempts = @attempts, claimed_by = NULL, next_attempt_at = @next,
                first_attempt_at = COALESCE(first_attempt_at, @first), last_code = @code, last_reply = @reply,
                sent_at = CASE WHEN @status = 'sent' THEN @now ELSE sent_at END
            WHERE id = @id AND status = 'sending' AND claimed_by = @worker
            """,
            new
            {
                id = row.Id,
                worker,
                status,
                attempts,
                next = StoredTime.Stamp(next),
                first = counted ? StoredTime.Stamp(row.FirstAttemptAt ?? now) : null,
                code = outcome.Code,
                reply = outcome.Reply.Length > 500 ? outcome.Reply[..500] : outcome.Reply,
                now = StoredTime.Stamp(now),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (changed == 1 && outcome.Kind == SendOutcomeKind.Bounced)
        {
            await SubscriberStore.SuppressAsync(connection, transaction, row.Topic, row.Email, Suppression.Bounce, $"{outcome.Code} {outcome.Reply}".Trim(), StoredTime.Stamp(now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    /// <summary>
    /// SQLite serves one node, so at start-up no other worker can hold a claim: rows left "sending" by a process that
    /// stopped are due at once instead of at the end of their lease. Each of them may have reached the server
    /// already (the duplicate window). Returns how many there were.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != StorageProvider.Sqlite) return 0;
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET status = 'pending', claimed_by = NULL, next_attempt_at = @now WHERE status = 'sending'",
            new { now = StoredTime.Stamp(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006 // property names are the column names Dapper maps
    private sealed class Row
    {
        public string id { get; set; } = "";
        public string kind { get; set; } = "";
        public string edition_key { get; set; } = "";
        public string topic { get; set; } = "";
        public string? briefing_id { get; set; }
        public string subscriber_id { get; set; } = "";
        public string email { get; set; } = "";
        public long attempts { get; set; }
        public string? first_attempt_at { get; set; }

        public OutboxRow ToOutboxRow() => new(
            id, kind, edition_key, topic, briefing_id is null ? null : Guid.Parse(briefing_id), Guid.Parse(subscriber_id), email, (int)attempts, first_attempt_at is null ? null : StoredTime.Parse(first_attempt_at));
    }
#pragma warning restore IDE1006
}

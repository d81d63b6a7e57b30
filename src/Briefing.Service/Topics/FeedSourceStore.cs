using System.Data.Common;
using System.Text.Json;
using Briefing.Service.Feeds;
using Briefing.Service.Storage;
using Dapper;

namespace Briefing.Service.Topics;

/// <summary>
/// What is remembered about each feed of each topic between editions (validators, failures, next attempt,
/// deactivation, seen item ids), written in the transaction that stores the edition's briefing so an item is
/// marked seen exactly when it has been taken.
/// </summary>
public sealed class FeedSourceStore(Database database)
{
    private const string Columns = "url, permanent_url, etag, last_modified, failure_count, next_attempt_at, last_error, last_attempt_at, last_success_at, deactivated_reason, last_status, seen_item_ids";

    public async Task<IReadOnlyDictionary<string, FeedSourceRecord>> ListAsync(string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM feed_sources WHERE topic = @topic", new { topic }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.url, r => r.ToRecord());
    }

    public static async Task SaveAsync(DbConnection connection, DbTransaction transaction, string topic, FeedSourceRecord source, CancellationToken cancellationToken)
    {
        var s = source.State;
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO feed_sources (topic, {Columns}) VALUES (@topic, @url, @permanent, @etag, @modified, @failures, @next, @error, @attempt, @success, @deactivated, @status, @seen)
            ON CONFLICT (topic, url) DO UPDATE SET permanent_url = excluded.permanent_url, etag = excluded.etag, last_modified = excluded.last_modified,
                failure_count = excluded.failure_count, next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error,
                last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at, deactivated_reason = excluded.deactivated_reason,
                last_status = excluded.last_status, seen_item_ids = excluded.seen_item_ids
            """,
            new
            {
                topic,
                url = s.Url,
                permanent = s.PermanentUrl,
                etag = s.ETag,
                modified = s.LastModified,
                failures = s.FailureCount,
                next = Stamp(s.NextAttemptAt),
                error = s.LastError,
                attempt = Stamp(s.LastAttemptAt),
                success = Stamp(s.LastSuccessAt),
                deactivated = s.DeactivatedReason,
                status = source.LastStatus?.ToString(),
                seen = JsonSerializer.Serialize(s.SeenItemIds),
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Clears a deactivation (a 410) and the backoff, so the next edition tries the feed again.</summary>
    public async Task<bool> ReactivateAsync(string topic, string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feed_sources SET deactivated_reason = NULL, failure_count = 0, next_attempt_at = NULL WHERE topic = @topic AND url = @url",
            new { topic, url },
            cancellationToken: cancellationToken)) == 1;
    }

    private static string? Stamp(DateTimeOffset? at) => at is { } a ? StoredTime.Stamp(a) : null;

    private static DateTimeOffset? Parse(string? at) => at is null ? null : StoredTime.Parse(at);

#pragma warning disable IDE1006 // property names are the column names Dapper maps
    private sealed class Row
    {
        public string url { get; set; } = "";
        public string? permanent_url { get; set; }
        public string? etag { get; set; }
        public string? last_modified { get; set; }
        public long failure_count { get; set; }
        public string? next_attempt_at { get; set; }
        public string? last_error { get; set; }
        public string? last_attempt_at { get; set; }
        public string? last_success_at { get; set; }
        public string? deactivated_reason { get; set; }
        public string? last_status { get; set; }
        public string seen_item_ids { get; set; } = "[]";

        public FeedSourceRecord ToRecord() => new(
            new FeedSourceState(url)
            {
                PermanentUrl = permanent_url,
                ETag = etag,
                LastModified = last_modified,
                FailureCount = (int)failure_count,
                NextAttemptAt = Parse(next_attempt_at),
                LastError = last_error,
                LastAttemptAt = Parse(last_attempt_at),
                LastSuccessAt = Parse(last_success_at),
                DeactivatedReason = deactivated_reason,
                SeenItemIds = JsonSerializer.Deserialize<List<string>>(seen_item_ids) ?? [],
            },
            Enum.TryParse<FeedReadStatus>(last_status, out var status) ? status : null);
    }
#pragma warning restore IDE1006
}

using System.Text.Json;
using Briefing.Service.Storage;
using Dapper;

namespace Briefing.Service.Topics;

/// <summary>
/// The editions table. A (topic, date) row is the claim on that edition: inserting it succeeds once, whichever node,
/// misfire, recovered job or restart asks, so an edition is made at most once unless a run is forced.
/// </summary>
public sealed class EditionStore(Database database, TimeProvider time, IEnumerable<IEditionReadyParticipant> participants)
{
    /// <summary>
    /// Marks a claimed edition ready with its briefing and, in the same transaction, lets every participant (the email
    /// outbox) record its work. False when the edition was not claimed, is already ready, or now belongs to another
    /// briefing (a forced re-run claimed it again while an older run was still finishing: the older run must not make
    /// the new claim ready with its own briefing).
    /// </summary>
    public async Task<bool> MarkReadyAsync(string topic, DateOnly date, Guid briefingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE editions SET status = 'ready', reason = NULL, briefing_id = @briefing WHERE topic = @topic AND edition_date = @date AND status <> 'ready' AND (briefing_id IS NULL OR briefing_id = @briefing)",
            new { topic, date = StoredTime.Day(date), briefing = briefingId.ToString("D") },
            transaction,
            cancellationToken: cancellationToken));
        if (changed == 0) return false;
        var row = await connection.QuerySingleAsync<(string Topic, string Date, string Status, string? Reason, string? Briefing, string Scheduled, string Created)>(new CommandDefinition(
            "SELECT topic, edition_date, status, reason, briefing_id, scheduled_for, created_at FROM editions WHERE topic = @topic AND edition_date = @date",
            new { topic, date = StoredTime.Day(date) },
            transaction,
            cancellationToken: cancellationToken));
        var edition = ToEdition(row);
        foreach (var participant in participants) await participant.OnReadyAsync(connection, transaction, edition, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ClaimAsync(string topic, DateOnly date, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO editions (topic, edition_date, status, scheduled_for, created_at) VALUES (@topic, @date, 'claimed', @scheduled, @now)
            ON CONFLICT (topic, edition_date) DO NOTHING
            """,
            new { topic, date = StoredTime.Day(date), scheduled = StoredTime.Stamp(scheduledFor), now = StoredTime.Stamp(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>Forgets an edition's claim so a forced run can make it again (its earlier briefing stays in the archive).</summary>
    public async Task ReleaseAsync(string topic, DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM editions WHERE topic = @topic AND edition_date = @date", new { topic, date = StoredTime.Day(date) }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string topic, DateOnly date, string status, string? reason, Guid? briefingId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE editions SET status = @status, reason = @reason, briefing_id = COALESCE(@briefing, briefing_id) WHERE topic = @topic AND edition_date = @date",
            new { topic, date = StoredTime.Day(date), status, reason, briefing = briefingId?.ToString("D") },
            cancellationToken: cancellationToken));
    }

    public const string Claimed = "claimed";
    public const string Gathering = "gathering";
    public const string Generating = "generating";
    public const string Ready = "ready";
    public const string Failed = "failed";

    private const string EditionColumns = "topic, edition_date, status, reason, briefing_id, scheduled_for, created_at";
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    public async Task<Edition?> GetAsync(string topic, DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Topic, string Date, string Status, string? Reason, string? Briefing, string Scheduled, string Created)?>(new CommandDefinition(
            $"SELECT {EditionColumns} FROM editions WHERE topic = @topic AND edition_date = @date",
            new { topic, date = StoredTime.Day(date) },
            cancellationToken: cancellationToken));
        return row is { } r ? ToEdition(r) : null;
    }

    /// <summary>
    /// Stores a gathered edition in one transaction: its briefing and articles (queued), the state of its feeds
    /// (validators, seen items) and its report, and moves the edition to generating with that briefing.
    /// </summary>
    public async Task StoreGatheredAsync(string topic, DateOnly date, StoredBriefing briefing, GatheredEdition gathered, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (gathered.Articles.Count > 0) await BriefingStore.CreateAsync(connection, transaction, briefing, gathered.Articles, cancellationToken);
        foreach (var feed in gathered.Feeds) await FeedSourceStore.SaveAsync(connection, transaction, topic, feed, cancellationToken);
        await WriteReportAsync(connection, transaction, topic, date, gathered.Report, cancellationToken);
        if (gathered.Articles.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE editions SET status = @status, briefing_id = @briefing WHERE topic = @topic AND edition_date = @date",
                new { topic, date = StoredTime.Day(date), status = Generating, briefing = briefing.Id.ToString("D") },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveReportAsync(string topic, DateOnly date, EditionReport report, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteReportAsync(connection, transaction, topic, date, report, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The edition's report; empty when nothing was gathered yet.</summary>
    public async Task<EditionReport> GetReportAsync(string topic, DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT report FROM edition_reports WHERE topic = @topic AND edition_date = @date",
            new { topic, date = StoredTime.Day(date) },
            cancellationToken: cancellationToken));
        return json is null ? EditionReport.Empty : JsonSerializer.Deserialize<EditionReport>(json, ReportJson) ?? EditionReport.Empty;
    }

    private async Task WriteReportAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string topic, DateOnly date, EditionReport report, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO edition_reports (topic, edition_date, report, updated_at) VALUES (@topic, @date, @report, @now)
            ON CONFLICT (topic, edition_date) DO UPDATE SET report = excluded.report, updated_at = excluded.updated_at
            """,
            new { topic, date = StoredTime.Day(date), report = JsonSerializer.Serialize(report, ReportJson), now = StoredTime.Stamp(time.GetUtcNow()) },
            transaction,
            cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<Edition>> ListAsync(string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Topic, string Date, string Status, string? Reason, string? Briefing, string Scheduled, string Created)>(new CommandDefinition(
            "SELECT topic, edition_date, status, reason, briefing_id, scheduled_for, created_at FROM editions WHERE topic = @topic ORDER BY edition_date DESC",
            new { topic },
            cancellationToken: cancellationToken));
        return rows.Select(ToEdition).ToList();
    }

    private static Edition ToEdition((string Topic, string Date, string Status, string? Reason, string? Briefing, string Scheduled, string Created) r) => new(
        r.Topic,
        StoredTime.ParseDay(r.Date),
        r.Status,
        r.Reason,
        r.Briefing is null ? null : Guid.Parse(r.Briefing),
        StoredTime.Parse(r.Scheduled),
        StoredTime.Parse(r.Created));
}

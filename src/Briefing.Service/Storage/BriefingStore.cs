using System.Data.Common;
using Dapper;

namespace Briefing.Service.Storage;

/// <summary>
/// Briefings, their input articles and renderings, in SQLite or PostgreSQL through the same SQL. State changes are
/// guarded by the status they expect, so a job run twice never makes a second briefing or overwrites a finished one.
/// </summary>
public sealed class BriefingStore(Database database, TimeProvider time)
{
    private const string Columns = "id, title, status, stage, error, engine, words, attempts, created_at, updated_at, completed_at, etag, json, pdf_error, max_stories, one_story";

    public async Task CreateAsync(StoredBriefing briefing, IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CreateAsync(connection, transaction, briefing, articles, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores a briefing and its articles in the caller's transaction (an edition stores its feed state with them).</summary>
    internal static async Task CreateAsync(DbConnection connection, DbTransaction transaction, StoredBriefing briefing, IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO briefings (id, title, status, engine, words, max_stories, one_story, attempts, created_at, updated_at, search_text)
            VALUES (@id, @title, @status, @engine, @words, @maxStories, @oneStory, 0, @created, @created, @search)
            """,
            new { id = Key(briefing.Id), title = briefing.Title, status = Name(briefing.Status), engine = briefing.Engine, words = briefing.Words, maxStories = briefing.MaxStories, oneStory = briefing.OneStory ? 1 : 0, created = StoredTime.Stamp(briefing.CreatedAt), search = briefing.Title.ToLowerInvariant() },
            transaction,
            cancellationToken: cancellationToken));
        foreach (var a in articles)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO briefing_articles (briefing_id, position, name, media_type, content, title, outlet, url, published)
                VALUES (@id, @Position, @Name, @MediaType, @Content, @Title, @Outlet, @Url, @published)
                """,
                new { id = Key(briefing.Id), a.Position, a.Name, a.MediaType, a.Content, a.Title, a.Outlet, a.Url, published = a.Published is { } p ? StoredTime.Stamp(p) : null },
                transaction,
                cancellationToken: cancellationToken));
        }
    }

    public async Task<StoredBriefing?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM briefings WHERE id = @id", new { id = Key(id) }, cancellationToken: cancellationToken));
        return row?.ToBriefing();
    }

    public async Task<IReadOnlyList<StoredArticle>> GetArticlesAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            "SELECT position, name, media_type, content, title, outlet, url, published FROM briefing_articles WHERE briefing_id = @id ORDER BY position",
            new { id = Key(id) },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToArticle()).ToList();
    }

    /// <summary>Marks a queued (or interrupted) briefing running and counts the attempt; false when it is already done, failed or gone.</summary>
    public async Task<int?> StartAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE briefings SET status = 'running', stage = NULL, attempts = attempts + 1, updated_at = @now WHERE id = @id AND status IN ('queued', 'running')",
            new { id = Key(id), now = Now() },
            cancellationToken: cancellationToken));
        if (changed == 0) return null;
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT attempts FROM briefings WHERE id = @id", new { id = Key(id) }, cancellationToken: cancellationToken));
    }

    public async Task SetStageAsync(Guid id, string stage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE briefings SET stage = @stage, updated_at = @now WHERE id = @id AND status = 'running'",
            new { id = Key(id), stage, now = Now() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Stores the renderings of a running briefing; false when it was not running (already finished or deleted).</summary>
    public async Task<bool> CompleteAsync(Guid id, BriefingRenderings r, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE briefings SET status = 'done', stage = NULL, error = NULL, title = @Title, json = @Json, html = @Html, markdown = @Markdown,
                pdf = @Pdf, pdf_error = @PdfError, search_text = @SearchText, etag = @ETag, completed_at = @now, updated_at = @now
            WHERE id = @id AND status = 'running'
            """,
            new { id = Key(id), r.Title, r.Json, r.Html, r.Markdown, r.Pdf, r.PdfError, r.SearchText, r.ETag, now = Now() },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task<bool> FailAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE briefings SET status = 'failed', error = @reason, completed_at = @now, updated_at = @now WHERE id = @id AND status IN ('queued', 'running')",
            new { id = Key(id), reason, now = Now() },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM briefing_articles WHERE briefing_id = @id", new { id = Key(id) }, transaction, cancellationToken: cancellationToken));
        var changed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM briefings WHERE id = @id", new { id = Key(id) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    /// <summary>The archive, newest first; <paramref name="query"/> words must all occur in the title or the points.</summary>
    public async Task<BriefingPage> ListAsync(string? query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var words = (query ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8).ToList();
        var parameters = new DynamicParameters();
        var where = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            where.Add($"search_text LIKE @w{i} ESCAPE '\\'");
            parameters.Add($"w{i}", "%" + words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        parameters.Add("take", pageSize);
        parameters.Add("skip", (page - 1) * pageSize);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"SELECT COUNT(*) FROM briefings {filter}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns.Replace("json,", "NULL AS json,", StringComparison.Ordinal)} FROM briefings {filter} ORDER BY created_at DESC, id LIMIT @take OFFSET @skip",
            parameters,
            cancellationToken: cancellationToken));
        return new BriefingPage(rows.Select(r => r.ToBriefing()).ToList(), total, page, pageSize);
    }

    /// <summary>A finished briefing's rendering in one format (json, html, md, pdf); null when there is none.</summary>
    public async Task<StoredRendering?> GetRenderingAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        var column = format switch
        {
            "json" => "json",
            "html" => "html",
            "md" => "markdown",
            "pdf" => "pdf",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RenderingRow>(new CommandDefinition(
            $"SELECT {column} AS content, etag, title, completed_at FROM briefings WHERE id = @id AND status = 'done'",
            new { id = Key(id) },
            cancellationToken: cancellationToken));
        if (row?.content is null) return null;
        var bytes = row.content as byte[] ?? System.Text.Encoding.UTF8.GetBytes((string)row.content);
        return new StoredRendering(bytes, $"{row.etag}-{format}", row.title, StoredTime.Parse(row.completed_at!));
    }

    /// <summary>
    /// Briefings a briefing job should still be working on: queued or running, except an edition's, which its edition
    /// job (marked for recovery itself) continues with the topic's story cap and then marks the edition ready.
    /// </summary>
    public async Task<IReadOnlyList<StoredBriefing>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM briefings WHERE status IN ('queued', 'running') AND id NOT IN (SELECT briefing_id FROM editions WHERE briefing_id IS NOT NULL) ORDER BY created_at",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToBriefing()).ToList();
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM schema_version", cancellationToken: cancellationToken));
    }

    private static string Key(Guid id) => id.ToString("D");

    private static string Name(BriefingStatus status) => status.ToString().ToLowerInvariant();

    private string Now() => StoredTime.Stamp(time.GetUtcNow());

#pragma warning disable IDE1006 // property names are the column names Dapper maps
    private sealed class Row
    {
        public string id { get; set; } = "";
        public string title { get; set; } = "";
        public string status { get; set; } = "";
        public string? stage { get; set; }
        public string? error { get; set; }
        public string? engine { get; set; }
        public long? words { get; set; }
        public long attempts { get; set; }
        public string created_at { get; set; } = "";
        public string updated_at { get; set; } = "";
        public string? completed_at { get; set; }
        public string? etag { get; set; }
        public string? json { get; set; }
        public string? pdf_error { get; set; }
        public long? max_stories { get; set; }
        public long one_story { get; set; }

        public StoredBriefing ToBriefing() => new(
            Guid.Parse(id), title, Enum.Parse<BriefingStatus>(status, ignoreCase: true), stage, error, engine, words is null ? null : (int)words, (int)attempts,
            StoredTime.Parse(created_at), StoredTime.Parse(updated_at), completed_at is null ? null : StoredTime.Parse(completed_at), etag, json, pdf_error)
        {
            MaxStories = max_stories is null ? null : (int)max_stories,
            OneStory = one_story != 0,
        };
    }

    private sealed class ArticleRow
    {
        public long position { get; set; }
        public string name { get; set; } = "";
        public string? media_type { get; set; }
        public byte[] content { get; set; } = [];
        public string? title { get; set; }
        public string? outlet { get; set; }
        public string? url { get; set; }
        public string? published { get; set; }

        public StoredArticle ToArticle() => new((int)position, name, media_type, content, title, outlet, url, published is null ? null : StoredTime.Parse(published));
    }

    private sealed class RenderingRow
    {
        public object? content { get; set; }
        public string? etag { get; set; }
        public string title { get; set; } = "";
        public string? completed_at { get; set; }
    }
#pragma warning restore IDE1006
}

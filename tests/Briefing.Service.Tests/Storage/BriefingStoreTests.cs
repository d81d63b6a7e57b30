using Briefing.Service.Storage;
using Briefing.Service.Topics;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Tests.Storage;

/// <summary>
/// The storage cases every provider must pass with the same SQL: SQLite (<see cref="SqliteBriefingStoreTests"/>) and
/// PostgreSQL (<see cref="PostgresBriefingStoreTests"/>). Test classes share one database, so each case makes its own
/// briefings and searches by a word of its own.
/// </summary>
public abstract class BriefingStoreTests
{
    private static readonly Migration Version2 = new(Migrations.All[^1].Version + 1, "a column added later", "ALTER TABLE briefings ADD COLUMN note TEXT NULL");

    protected abstract StorageProvider Provider { get; }

    /// <summary>This class's database, or null when the provider is unavailable and the case should end early.</summary>
    protected abstract Task<string?> ConnectionStringAsync();

    /// <summary>An empty database for cases that watch the schema being made.</summary>
    protected abstract Task<string?> EmptyDatabaseAsync();

    [Fact]
    public async Task MigrateAsync_Twice_SecondChangesNothing()
    {
        if (await EmptyDatabaseAsync() is not { } connectionString) return;
        var database = Open(connectionString);

        var first = await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync(default);
        var second = await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync(default);

        Assert.Equal(Migrations.All.Max(m => m.Version), first);
        Assert.Equal(first, second);
        await using var connection = await database.OpenAsync(default);
        Assert.Equal(Migrations.All.Count, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_NewVersionOverOldData_KeepsTheData()
    {
        if (await EmptyDatabaseAsync() is not { } connectionString) return;
        var database = Open(connectionString);
        await new Migrator(database, NullLogger<Migrator>.Instance, [Migrations.All[0]]).MigrateAsync(default);
        var store = new BriefingStore(database, TimeProvider.System);
        var id = Guid.NewGuid();
        await using (var old = await database.OpenAsync(default))
        {
            // A finished briefing as version 1 stored it, written with version 1's columns only.
            var now = StoredTime.Stamp(DateTimeOffset.UtcNow);
            await old.ExecuteAsync(
                "INSERT INTO briefings (id, title, status, engine, words, attempts, created_at, updated_at, completed_at, search_text, etag, json, html, markdown, pdf) VALUES (@id, 'kept across upgrades', 'done', 'extractive', 120, 1, @now, @now, @now, 'kept across upgrades', 'e1', '{}', '<p>', '# kept', @pdf)",
                new { id = id.ToString("D"), now, pdf = "%PDF-kept across upgrades"u8.ToArray() });
            foreach (var position in new[] { 0, 1 })
            {
                await old.ExecuteAsync("INSERT INTO briefing_articles (briefing_id, position, name, content) VALUES (@id, @position, @name, @content)", new { id = id.ToString("D"), position, name = $"{position}.txt", content = "text"u8.ToArray() });
            }
        }

        var version = await new Migrator(database, NullLogger<Migrator>.Instance, [.. Migrations.All, Version2]).MigrateAsync(default);

        Assert.Equal(Version2.Version, version);
        var kept = await store.GetAsync(id, default);
        Assert.Equal(BriefingStatus.Done, kept?.Status);
        Assert.Equal("kept across upgrades", kept?.Title);
        Assert.Equal((null, false), (kept?.MaxStories, kept!.OneStory)); // columns added later take their defaults
        Assert.Equal(2, (await store.GetArticlesAsync(id, default)).Count);
        Assert.Equal("%PDF-kept across upgrades"u8.ToArray(), (await store.GetRenderingAsync(id, "pdf", default))?.Content);
        await using var connection = await database.OpenAsync(default);
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT note FROM briefings WHERE id = @id", new { id = id.ToString("D") }));
    }

    [Fact]
    public async Task CreateAsync_StoryChoices_ReadBackAsGiven()
    {
        if (await StoreAsync() is not { } store) return;
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        await store.CreateAsync(new StoredBriefing(id, "choices", BriefingStatus.Queued, null, null, null, null, 0, now, now, null, null, null, null) { MaxStories = 3, OneStory = true }, [], default);

        var stored = await store.GetAsync(id, default);
        Assert.Equal((3, true), (stored?.MaxStories, stored!.OneStory));
    }

    [Fact]
    public async Task CreateAsync_ThenGet_ReturnsQueuedBriefingWithItsArticles()
    {
        if (await StoreAsync() is not { } store) return;

        var id = await CreateAsync(store, "Queued one");

        var stored = await store.GetAsync(id, default);
        Assert.Equal(BriefingStatus.Queued, stored?.Status);
        Assert.Equal(0, stored?.Attempts);
        Assert.Equal("extractive", stored?.Engine);
        Assert.Equal(120, stored?.Words);
        var articles = await store.GetArticlesAsync(id, default);
        Assert.Equal(["a.txt", "b.md"], articles.Select(a => a.Name));
        Assert.Equal("Outlet B", articles[1].Outlet);
        Assert.Equal(new DateTimeOffset(2016, 10, 15, 0, 0, 0, TimeSpan.Zero), articles[1].Published);
        Assert.Equal("First article text."u8.ToArray(), articles[0].Content);
        Assert.Null(await store.GetAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task ListAsync_WordsAndPages_NewestFirstMatchingEveryWord()
    {
        if (await StoreAsync() is not { } store) return;
        var word = "w" + Guid.NewGuid().ToString("N")[..10];
        var at = DateTimeOffset.UtcNow;
        var oldest = await CreateAsync(store, $"{word} Aleppo talks", at);
        var middle = await CreateAsync(store, $"{word} Lausanne talks", at.AddSeconds(1));
        var newest = await CreateAsync(store, $"{word} Aleppo siege", at.AddSeconds(2));
        await CreateAsync(store, "Aleppo talks elsewhere", at.AddSeconds(3));

        var first = await store.ListAsync(word, 1, 2, default);
        var second = await store.ListAsync(word, 2, 2, default);
        var both = await store.ListAsync($"aleppo {word.ToUpperInvariant()}", 1, 10, default);
        var none = await store.ListAsync($"{word} geneva", 1, 10, default);
        var wildcard = await store.ListAsync($"{word} %", 1, 10, default);

        Assert.Equal(3, first.Total);
        Assert.Equal([newest, middle], first.Items.Select(b => b.Id));
        Assert.Equal([oldest], second.Items.Select(b => b.Id));
        Assert.Equal([newest, oldest], both.Items.Select(b => b.Id));
        Assert.Empty(none.Items);
        Assert.Empty(wildcard.Items);
    }

    [Fact]
    public async Task StartStageComplete_ThenStartAgain_RunsOnceAndKeepsTheResult()
    {
        if (await StoreAsync() is not { } store) return;
        var id = await CreateAsync(store, "Lifecycle");

        var attempt = await store.StartAsync(id, default);
        await store.SetStageAsync(id, "summarize", default);
        var running = await store.GetAsync(id, default);
        var completed = await store.CompleteAsync(id, Renderings("Lifecycle done"), default);
        var again = await store.StartAsync(id, default);
        var completedAgain = await store.CompleteAsync(id, Renderings("overwritten"), default);
        var failedAfter = await store.FailAsync(id, "too late", default);

        Assert.Equal(1, attempt);
        Assert.Equal(BriefingStatus.Running, running?.Status);
        Assert.Equal("summarize", running?.Stage);
        Assert.True(completed);
        Assert.Null(again);
        Assert.False(completedAgain);
        Assert.False(failedAfter);
        var done = await store.GetAsync(id, default);
        Assert.Equal(BriefingStatus.Done, done?.Status);
        Assert.Equal("Lifecycle done", done?.Title);
        Assert.Equal(1, done?.Attempts);
        Assert.Null(done?.Stage);
        Assert.NotNull(done?.CompletedAt);
        Assert.Equal("{\"title\":\"Lifecycle done\"}", done?.Json);
        var md = await store.GetRenderingAsync(id, "md", default);
        Assert.Equal("# Lifecycle done"u8.ToArray(), md?.Content);
        Assert.Equal("etag-Lifecycle done-md", md?.ETag);
    }

    [Fact]
    public async Task StartAsync_Interrupted_CountsEveryAttempt()
    {
        if (await StoreAsync() is not { } store) return;
        var id = await CreateAsync(store, "Interrupted");

        var first = await store.StartAsync(id, default);
        var second = await store.StartAsync(id, default);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
    }

    [Fact]
    public async Task FailAsync_Running_KeepsTheReasonAndNeverStartsAgain()
    {
        if (await StoreAsync() is not { } store) return;
        var id = await CreateAsync(store, "Failing");
        await store.StartAsync(id, default);

        var failed = await store.FailAsync(id, "no usable articles", default);
        var again = await store.StartAsync(id, default);

        Assert.True(failed);
        Assert.Null(again);
        var stored = await store.GetAsync(id, default);
        Assert.Equal(BriefingStatus.Failed, stored?.Status);
        Assert.Equal("no usable articles", stored?.Error);
        Assert.Null(await store.GetRenderingAsync(id, "pdf", default));
        Assert.DoesNotContain(await store.ListUnfinishedAsync(default), b => b.Id == id);
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesBriefingAndArticles()
    {
        if (await StoreAsync() is not { } store) return;
        var id = await CreateAsync(store, "Deleted");

        var deleted = await store.DeleteAsync(id, default);
        var again = await store.DeleteAsync(id, default);

        Assert.True(deleted);
        Assert.False(again);
        Assert.Null(await store.GetAsync(id, default));
        Assert.Empty(await store.GetArticlesAsync(id, default));
        Assert.Null(await store.StartAsync(id, default));
    }

    [Fact]
    public async Task ClaimAsync_ManyAtOnce_ExactlyOneEditionPerTopicAndDate()
    {
        if (await StoreAsync() is null) return;
        var editions = new EditionStore(Open((await ConnectionStringAsync())!), TimeProvider.System, []);
        var topic = "topic-" + Guid.NewGuid().ToString("N")[..8];
        var date = new DateOnly(2026, 3, 29);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => editions.ClaimAsync(topic, date, DateTimeOffset.UtcNow, default)));
        var nextDay = await editions.ClaimAsync(topic, date.AddDays(1), DateTimeOffset.UtcNow, default);
        await editions.ReleaseAsync(topic, date, default);
        var forced = await editions.ClaimAsync(topic, date, DateTimeOffset.UtcNow, default);

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(nextDay);
        Assert.True(forced);
        Assert.Equal([date.AddDays(1), date], (await editions.ListAsync(topic, default)).Select(e => e.Date));
    }

    [Fact]
    public async Task MarkReadyAsync_ParticipantFails_EditionStaysClaimed()
    {
        if (await StoreAsync() is null) return;
        var database = Open((await ConnectionStringAsync())!);
        var seen = new List<Edition>();
        var failing = new EditionStore(database, TimeProvider.System, [new Participant(seen, fail: true)]);
        var working = new EditionStore(database, TimeProvider.System, [new Participant(seen, fail: false)]);
        var topic = "topic-" + Guid.NewGuid().ToString("N")[..8];
        var date = new DateOnly(2026, 10, 25);
        var briefing = Guid.NewGuid();
        await failing.ClaimAsync(topic, date, DateTimeOffset.UtcNow, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.MarkReadyAsync(topic, date, briefing, default));
        var afterFailure = (await failing.ListAsync(topic, default)).Single();
        var ready = await working.MarkReadyAsync(topic, date, briefing, default);
        var again = await working.MarkReadyAsync(topic, date, briefing, default);

        Assert.Equal("claimed", afterFailure.Status);
        Assert.True(ready);
        Assert.False(again);
        var edition = (await working.ListAsync(topic, default)).Single();
        Assert.Equal(("ready", (Guid?)briefing), (edition.Status, edition.BriefingId));
        Assert.Equal(2, seen.Count);
        Assert.All(seen, e => Assert.Equal("ready", e.Status));
    }

    [Fact]
    public async Task MarkReadyAsync_EditionNowHoldsAnotherBriefing_OlderRunCannotMakeItReady()
    {
        if (await StoreAsync() is null) return;
        var editions = new EditionStore(Open((await ConnectionStringAsync())!), TimeProvider.System, []);
        var topic = "topic-" + Guid.NewGuid().ToString("N")[..8];
        var date = new DateOnly(2026, 11, 1);
        var older = Guid.NewGuid();
        var forced = Guid.NewGuid();
        await editions.ClaimAsync(topic, date, DateTimeOffset.UtcNow, default);
        await editions.SetAsync(topic, date, EditionStore.Generating, null, forced, default);

        var byOlderRun = await editions.MarkReadyAsync(topic, date, older, default);
        var byForcedRun = await editions.MarkReadyAsync(topic, date, forced, default);

        Assert.False(byOlderRun);
        Assert.True(byForcedRun);
        Assert.Equal(forced, (await editions.ListAsync(topic, default)).Single().BriefingId);
    }

    private sealed class Participant(List<Edition> seen, bool fail) : IEditionReadyParticipant
    {
        public Task OnReadyAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Edition edition, CancellationToken cancellationToken)
        {
            seen.Add(edition);
            return fail ? throw new InvalidOperationException("participant failed") : Task.CompletedTask;
        }
    }

    private async Task<BriefingStore?> StoreAsync()
    {
        if (await ConnectionStringAsync() is not { } connectionString) return null;
        var database = Open(connectionString);
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync(default);
        return new BriefingStore(database, TimeProvider.System);
    }

    private Database Open(string connectionString) =>
        new(Options.Create(new StorageOptions { Provider = Provider, ConnectionString = connectionString }));

    private static async Task<Guid> CreateAsync(BriefingStore store, string title, DateTimeOffset? at = null)
    {
        var id = Guid.NewGuid();
        var created = at ?? DateTimeOffset.UtcNow;
        await store.CreateAsync(
            new StoredBriefing(id, title, BriefingStatus.Queued, null, null, "extractive", 120, 0, created, created, null, null, null, null),
            [
                new StoredArticle(0, "a.txt", "text/plain", "First article text."u8.ToArray()),
                new StoredArticle(1, "b.md", "text/markdown", "Second article text."u8.ToArray(), "Title B", "Outlet B", "https://example.org/b", new DateTimeOffset(2016, 10, 15, 0, 0, 0, TimeSpan.Zero)),
            ],
            default);
        return id;
    }

    private static BriefingRenderings Renderings(string title) =>
        new(title, $"{{\"title\":\"{title}\"}}", $"<h1>{title}</h1>", $"# {title}", System.Text.Encoding.UTF8.GetBytes("%PDF-" + title), null, title.ToLowerInvariant(), "etag-" + title);
}

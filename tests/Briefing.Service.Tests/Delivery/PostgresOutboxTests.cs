using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.TestKit.Postgres;
using Briefing.TestKit.Smtp;
using Xunit.Abstractions;

namespace Briefing.Service.Tests.Delivery;

/// <summary>
/// The PostgreSQL claim path (FOR UPDATE SKIP LOCKED) on the throwaway server: several workers, no row twice. The
/// cases share one database, so each uses a topic of its own.
/// </summary>
public sealed class PostgresOutboxTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ClaimAsync_EightWorkersAtOnce_EachRowClaimedExactlyOnce()
    {
        if (await RigAsync() is not { } rig) return;
        var emails = Enumerable.Range(1, 60).Select(i => $"claim{i:00}@example.test").ToArray();
        await rig.SubscribeAsync("claims", emails);
        var (_, key) = await rig.ReadyEditionAsync("claims", new DateOnly(2026, 1, 1));

        var claimed = await Task.WhenAll(Enumerable.Range(1, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<OutboxRow>();
            for (var misses = 0; misses < 3;)
            {
                // A claim that loses a race comes back empty although rows are left: a worker tries again shortly.
                if (await rig.Claims.ClaimAsync("worker-" + w, TimeSpan.FromMinutes(5), default) is { } row)
                {
                    mine.Add(row);
                    misses = 0;
                }
                else
                {
                    misses++;
                    await Task.Delay(20);
                }
            }

            return mine;
        })));

        var all = claimed.SelectMany(c => c).Where(r => r.EditionKey == key).ToList();
        Assert.Equal(emails.Length, all.Count);
        Assert.Equal(emails, all.Select(r => r.Email).Order(StringComparer.Ordinal));
        Assert.True(claimed.Count(c => c.Count > 0) > 1, "the claims were not shared between workers");
        Assert.All((await rig.RowsAsync(key)).Values, r => Assert.Equal("sending", r.Status));
    }

    [Fact]
    public async Task RecordAsync_ClaimHeldByAnotherWorker_Refused()
    {
        if (await RigAsync() is not { } rig) return;
        await rig.SubscribeAsync("lease", "lease@example.test");
        var (_, key) = await rig.ReadyEditionAsync("lease", new DateOnly(2026, 1, 2));
        var row = await ClaimKeyAsync(rig, key, "first", TimeSpan.FromMinutes(-1));
        var taken = await ClaimKeyAsync(rig, key, "second", TimeSpan.FromMinutes(5));

        var late = await rig.Claims.RecordAsync(row, "first", SendOutcome.Delivered, default);
        var owner = await rig.Claims.RecordAsync(taken, "second", SendOutcome.Delivered, default);

        Assert.Equal(row.Id, taken.Id);
        Assert.False(late);
        Assert.True(owner);
        Assert.Equal(("sent", 1), ((await rig.RowsAsync(key))["lease@example.test"].Status, (await rig.RowsAsync(key))["lease@example.test"].Attempts));
    }

    [Fact]
    public async Task TwoSenders_OneEdition_EveryoneOnceNoneLost()
    {
        if (await RigAsync() is not { } rig) return;
        var emails = Enumerable.Range(1, 40).Select(i => $"two{i:00}@example.test").ToArray();
        await rig.SubscribeAsync("world", emails);
        var (briefing, key) = await rig.ReadyEditionAsync("world", new DateOnly(2026, 1, 3));
        var senders = new[] { rig.Sender(), rig.Sender() };

        foreach (var sender in senders) await sender.StartAsync(default);
        await rig.SettledAsync(key, TimeSpan.FromSeconds(40));
        foreach (var sender in senders) await sender.StopAsync(default);

        Assert.Equal(new DeliveryCounts(0, emails.Length, 0, 0, 0), await rig.Outbox.CountsAsync(briefing, default));
        var received = rig.Received();
        Assert.Equal(emails, received.Keys.Order(StringComparer.Ordinal));
        Assert.All(received.Values, n => Assert.Equal(1, n));
    }

    private async Task<OutboxRig?> RigAsync() =>
        await database.ConnectionStringAsync(output.WriteLine) is { } connectionString
            ? await new OutboxRig(StorageProvider.Postgres, connectionString, _server).MigrateAsync()
            : null;

    // Other cases share the database: claim until this key's row comes up, then hand the others back.
    private static async Task<OutboxRow> ClaimKeyAsync(OutboxRig rig, string key, string worker, TimeSpan lease)
    {
        var others = new List<OutboxRow>();
        try
        {
            while (true)
            {
                var row = await rig.Claims.ClaimAsync(worker, lease, default) ?? throw new InvalidOperationException("no row of " + key);
                if (row.EditionKey == key) return row;
                others.Add(row);
            }
        }
        finally
        {
            foreach (var other in others) await rig.Claims.RecordAsync(other, worker, new SendOutcome(SendOutcomeKind.Paused, null, "handed back"), default);
        }
    }
}

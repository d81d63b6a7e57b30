using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Briefing.Service.Tests.Storage;
using Briefing.TestKit.Smtp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Service.Tests.Delivery;

/// <summary>
/// The outbox end to end on SQLite: rows written when an edition is ready, drained by the sender to a real SMTP
/// server (aiosmtpd on loopback) scripted to throttle, refuse, drop connections, stop and start.
/// </summary>
public sealed class OutboxSenderTests(SqliteFolder folder) : IClassFixture<SqliteFolder>, IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private SmtpServer _server = null!;
    private OutboxRig _rig = null!;

    public async Task InitializeAsync()
    {
        _server = await SmtpServer.StartAsync();
        _rig = await new OutboxRig(StorageProvider.Sqlite, folder.ConnectionString("outbox-" + Guid.NewGuid().ToString("N")[..8]), _server).MigrateAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task MarkReadyAsync_Subscribers_OneRowPerConfirmedSubscriberSuppressedMarkedOthersIgnored()
    {
        var confirmed = await _rig.SubscribeAsync("world", "a@example.test", "b@example.test", "bounced@example.test");
        await _rig.SubscribeAsync("plain", "other-topic@example.test");
        await _rig.Subscribers.SubscribeAsync("world", "unconfirmed@example.test", default);
        var leaving = (await _rig.SubscribeAsync("world", "left@example.test"))[0];
        await _rig.Subscribers.UnsubscribeAsync(leaving.Id, "world", default);
        await SuppressAsync("world", "bounced@example.test");

        var (briefing, key) = await _rig.ReadyEditionAsync("world", Day);
        var again = await _rig.Editions.MarkReadyAsync("world", Day, briefing, default);
        var added = await _rig.Outbox.EnqueueBriefingAsync("world", briefing, default);
        var addedAgain = await _rig.Outbox.EnqueueBriefingAsync("world", briefing, default);

        Assert.False(again);
        Assert.Equal(3, added);
        Assert.Equal(0, addedAgain);
        var rows = await _rig.RowsAsync(key);
        Assert.Equal(["a@example.test", "b@example.test", "bounced@example.test"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["pending", "pending", "suppressed"], rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.Status));
        Assert.Equal(new DeliveryCounts(4, 0, 0, 0, 2), await _rig.Outbox.CountsAsync(briefing, default));
        Assert.Equal(3, confirmed.Count);
    }

    [Fact]
    public async Task Sender_AllAccepted_EachSubscriberOneMessageWithBothPartsPdfHeadersAndLinks()
    {
        var subscribers = await _rig.SubscribeAsync("world", "a@example.test", "b@example.test", "c@example.test");
        var (briefing, key) = await _rig.ReadyEditionAsync("world", Day);

        await RunUntilSettledAsync(key);

        Assert.All((await _rig.RowsAsync(key)).Values, r => Assert.Equal(("sent", 1, 250), (r.Status, r.Attempts, r.Code)));
        Assert.Equal(new DeliveryCounts(0, 3, 0, 0, 0), await _rig.Outbox.CountsAsync(briefing, default));
        var messages = _server.Messages.Select(MimeEntity.Load).ToList();
        Assert.Equal(subscribers.Select(s => s.Email).Order(StringComparer.Ordinal), messages.Select(m => m.Header("To")!).Order(StringComparer.Ordinal));
        foreach (var eml in messages)
        {
            var subscriber = subscribers.Single(s => s.Email == eml.Header("To"));
            Assert.Equal("multipart/mixed", eml.MediaType);
            Assert.Equal(["text/plain", "text/html"], eml.Parts[0].Parts.Select(p => p.MediaType));
            Assert.Equal("application/pdf", eml.Parts[1].MediaType);
            Assert.Equal(Mail.PdfBytes, eml.Parts[1].Body);
            Assert.Equal(MessageIds.For(key, subscriber.Id, "briefing.example.org"), eml.Header("Message-ID"));
            Assert.Equal("List-Unsubscribe=One-Click", eml.Header("List-Unsubscribe-Post"));
            var unsubscribe = System.Text.RegularExpressions.Regex.Match(eml.Header("List-Unsubscribe")!, @"^<(https://briefing\.example\.org/app/unsubscribe\?token=([^>]+))>, <mailto:news@briefing\.example\.org\?subject=unsubscribe%20\2>$");
            Assert.True(unsubscribe.Success, eml.Header("List-Unsubscribe"));
            Assert.Equal(TokenCheck.Valid, _rig.Tokens.Verify(unsubscribe.Groups[2].Value, TokenPurpose.Unsubscribe, out var token));
            Assert.Equal((subscriber.Id, "world"), (token!.SubscriberId, token.Topic));
            var html = eml.Parts[0].Parts[1].Text;
            var text = eml.Parts[0].Parts[0].Text;
            Assert.Contains($"href=\"{unsubscribe.Groups[1].Value}\"", html, StringComparison.Ordinal);
            Assert.Contains(unsubscribe.Groups[1].Value, text, StringComparison.Ordinal);
            Assert.Contains($"https://briefing.example.org/app/briefings/{briefing:D}", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("briefing-unsubscribe-", html + text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sender_TopicWithoutPdf_MultipartAlternativeOnly()
    {
        await _rig.SubscribeAsync("plain", "a@example.test");
        var (_, key) = await _rig.ReadyEditionAsync("plain", Day);

        await RunUntilSettledAsync(key);

        var eml = MimeEntity.Load(Assert.Single(_server.Messages));
        Assert.Equal("multipart/alternative", eml.MediaType);
        Assert.DoesNotContain(eml.All(), p => p.MediaType == "application/pdf");
    }

    [Fact]
    public async Task Sender_DeliveredAndBounced_CountedOnTheBriefingMeterByTopic()
    {
        var counted = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "Briefing") l.EnableMeasurementEvents(instrument); },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "topic", Value: "metered" }) counted.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            }
        });
        listener.Start();
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["gone@example.test"] = new(550) } });
        await _rig.SubscribeAsync("metered", "one@example.test", "two@example.test", "gone@example.test");
        var (_, key) = await _rig.ReadyEditionAsync("metered", Day);

        await RunUntilSettledAsync(key);

        Assert.Equal(2, counted.GetValueOrDefault("briefing.email.sends"));
        Assert.Equal(1, counted.GetValueOrDefault("briefing.email.bounces"));
    }

    [Fact]
    public async Task Sender_ThrottledAndRefusedRecipients_RetriedOnceDeliveredRefusedOneBouncedAndSuppressed()
    {
        _server.Script(new SmtpScript
        {
            Recipients = new Dictionary<string, SmtpReply>
            {
                ["throttled@example.test"] = new(421, Times: 2),
                ["busy@example.test"] = new(451, Times: 1),
                ["auth@example.test"] = new(454, Times: 1),
                ["gone@example.test"] = new(550),
            },
        });
        await _rig.SubscribeAsync("world", "throttled@example.test", "busy@example.test", "auth@example.test", "gone@example.test", "fine@example.test");
        var (briefing, key) = await _rig.ReadyEditionAsync("world", Day);

        await RunUntilSettledAsync(key);

        var rows = await _rig.RowsAsync(key);
        Assert.Equal(("sent", 3), (rows["throttled@example.test"].Status, rows["throttled@example.test"].Attempts));
        Assert.Equal(("sent", 2), (rows["busy@example.test"].Status, rows["busy@example.test"].Attempts));
        Assert.Equal(("sent", 2), (rows["auth@example.test"].Status, rows["auth@example.test"].Attempts));
        Assert.Equal(("sent", 1), (rows["fine@example.test"].Status, rows["fine@example.test"].Attempts));
        Assert.Equal(("bounced", 550), (rows["gone@example.test"].Status, rows["gone@example.test"].Code));
        Assert.Equal(new Dictionary<string, int> { ["throttled@example.test"] = 1, ["busy@example.test"] = 1, ["auth@example.test"] = 1, ["fine@example.test"] = 1 }, _rig.Received());
        var suppression = Assert.Single(await _rig.Subscribers.ListSuppressionsAsync("world", default));
        Assert.Equal(("gone@example.test", Suppression.Bounce), (suppression.Email, suppression.Reason));
        Assert.Contains("550", suppression.Detail, StringComparison.Ordinal);
        Assert.Equal(new DeliveryCounts(0, 4, 0, 1, 0), await _rig.Outbox.CountsAsync(briefing, default));

        var (_, next) = await _rig.ReadyEditionAsync("world", Day.AddDays(1));
        Assert.Equal("suppressed", (await _rig.RowsAsync(next))["gone@example.test"].Status);
    }

    [Fact]
    public async Task Sender_ConnectionDroppedAfterData_RetriedSoThatRecipientHasTwoCopiesWithOneMessageId()
    {
        _server.Script(new SmtpScript { DropAfterData = ["dropped@example.test"] });
        var subscribers = await _rig.SubscribeAsync("world", "dropped@example.test", "a@example.test", "b@example.test");
        var (_, key) = await _rig.ReadyEditionAsync("world", Day);
        var sender = _rig.Sender();
        await sender.StartAsync(default);

        await WaitAsync(async () => (await _rig.RowsAsync(key))["dropped@example.test"].Attempts >= 1);
        _server.Script(SmtpScript.AcceptAll);
        await _rig.SettledAsync(key);
        await sender.StopAsync(default);

        var rows = await _rig.RowsAsync(key);
        Assert.All(rows.Values, r => Assert.Equal("sent", r.Status));
        Assert.Equal(2, rows["dropped@example.test"].Attempts);
        var copies = _server.Messages.Select(MimeEntity.Load).Where(m => m.Header("To") == "dropped@example.test").ToList();
        Assert.Equal(2, copies.Count);
        Assert.Single(copies.Select(m => m.Header("Message-ID")).Distinct());
        Assert.Equal(MessageIds.For(key, subscribers[0].Id, "briefing.example.org"), copies[0].Header("Message-ID"));
        Assert.Equal(1, _rig.Received()["a@example.test"]);
        Assert.Equal(1, _rig.Received()["b@example.test"]);
    }

    [Fact]
    public async Task Sender_ServerStoppedMidRunThenStarted_RowsWaitPendingThenAllDeliveredNoneLost()
    {
        var emails = Enumerable.Range(1, 30).Select(i => $"r{i:00}@example.test").ToArray();
        await _rig.SubscribeAsync("world", emails);
        var rig = new OutboxRig(StorageProvider.Sqlite, _rig.Database.ConnectionString, _server, o => o.MessagesPerSecond = 20);
        var (briefing, key) = await rig.ReadyEditionAsync("world", Day);
        var sender = rig.Sender();
        await sender.StartAsync(default);

        await _server.WaitForMessagesAsync(5);
        await _server.StopAsync();
        await Task.Delay(1500);
        var whileDown = await rig.Outbox.CountsAsync(briefing, default);
        await _server.StartAsync();
        await rig.SettledAsync(key, TimeSpan.FromSeconds(40));
        await sender.StopAsync(default);

        Assert.True(whileDown.Pending > 0, $"counts while down: {whileDown}");
        Assert.Equal(0, whileDown.Failed + whileDown.Bounced);
        Assert.All((await rig.RowsAsync(key)).Values, r => Assert.Equal("sent", r.Status));
        var received = rig.Received();
        Assert.Equal(emails, received.Keys.Order(StringComparer.Ordinal));
        Assert.True(received.Values.Sum() - emails.Length <= rig.Delivery.Connections, $"duplicates beyond the window: {received.Values.Sum() - emails.Length}");
    }

    [Fact]
    public async Task Sender_SenderRejected550_PausedRowsStayPendingHealthDegradedThenResumeDeliversAll()
    {
        _server.Script(new SmtpScript { MailFrom = new SmtpReply(550, Text: "5.7.1 sender rejected") });
        await _rig.SubscribeAsync("world", "a@example.test", "b@example.test", "c@example.test");
        var (briefing, key) = await _rig.ReadyEditionAsync("world", Day);
        var sender = _rig.Sender();
        await sender.StartAsync(default);

        await WaitAsync(() => Task.FromResult(_rig.State.Pause is not null));
        await Task.Delay(300);
        var health = await new DeliveryHealthCheck(_rig.State).CheckHealthAsync(new HealthCheckContext());
        var rows = await _rig.RowsAsync(key);
        _server.Script(SmtpScript.AcceptAll);
        Assert.True(_rig.State.Resume());
        await _rig.SettledAsync(key);
        await sender.StopAsync(default);

        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("answered 550", health.Description, StringComparison.Ordinal);
        Assert.Contains("5.7.1 sender rejected", health.Description, StringComparison.Ordinal);
        Assert.All(rows.Values, r => Assert.Equal(("pending", 0), (r.Status, r.Attempts)));
        Assert.Equal(new DeliveryCounts(0, 3, 0, 0, 0), await _rig.Outbox.CountsAsync(briefing, default));
        Assert.Empty(await _rig.Subscribers.ListSuppressionsAsync("world", default));
        Assert.Equal(3, _server.Messages.Count);
    }

    [Fact]
    public async Task Sender_StillThrottledAfterGiveUpHours_FailedWithLastReply()
    {
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["slow@example.test"] = new(451) } });
        await _rig.SubscribeAsync("world", "slow@example.test", "fine@example.test");
        var (briefing, key) = await _rig.ReadyEditionAsync("world", Day);
        var sender = _rig.Sender();
        await sender.StartAsync(default);

        await WaitAsync(async () => (await _rig.RowsAsync(key))["slow@example.test"].Attempts >= 2);
        _rig.Time.Offset = TimeSpan.FromHours(_rig.Delivery.GiveUpHours + 1);
        await _rig.SettledAsync(key);
        await sender.StopAsync(default);

        var slow = (await _rig.RowsAsync(key))["slow@example.test"];
        Assert.Equal(("failed", 451), (slow.Status, slow.Code));
        Assert.Contains("4.3.0", slow.Reply, StringComparison.Ordinal);
        Assert.Equal(new DeliveryCounts(0, 1, 1, 0, 0), await _rig.Outbox.CountsAsync(briefing, default));
    }

    [Fact]
    public async Task Sender_StoppedAndRestartedTwiceMidRun_NoneLostDuplicatesWithinOnePerWorker()
    {
        var emails = Enumerable.Range(1, 40).Select(i => $"k{i:00}@example.test").ToArray();
        await _rig.SubscribeAsync("world", emails);
        var rig = new OutboxRig(StorageProvider.Sqlite, _rig.Database.ConnectionString, _server, o => o.MessagesPerSecond = 40);
        var (_, key) = await rig.ReadyEditionAsync("world", Day);

        foreach (var seen in new[] { 8, 20 })
        {
            var sender = rig.Sender();
            await sender.StartAsync(default);
            await _server.WaitForMessagesAsync(seen);
            await sender.StopAsync(default);
        }

        var last = rig.Sender();
        await last.StartAsync(default);
        await rig.SettledAsync(key);
        await last.StopAsync(default);

        Assert.All((await rig.RowsAsync(key)).Values, r => Assert.Equal("sent", r.Status));
        var received = rig.Received();
        Assert.Equal(emails, received.Keys.Order(StringComparer.Ordinal));
        Assert.True(received.Values.Sum() - emails.Length <= 2 * rig.Delivery.Connections, $"duplicates: {received.Values.Sum() - emails.Length}");
    }

    [Fact]
    public async Task Unsubscribe_PendingRowsOfThatAddressSuppressedOthersStillSent()
    {
        var subscribers = await _rig.SubscribeAsync("world", "leaving@example.test", "staying@example.test");
        var (_, key) = await _rig.ReadyEditionAsync("world", Day);

        Assert.True(await _rig.Subscribers.UnsubscribeAsync(subscribers[0].Id, "world", default));
        Assert.True(await _rig.Subscribers.UnsubscribeAsync(subscribers[0].Id, "world", default));
        await RunUntilSettledAsync(key);

        var rows = await _rig.RowsAsync(key);
        Assert.Equal(("suppressed", "sent"), (rows["leaving@example.test"].Status, rows["staying@example.test"].Status));
        Assert.Equal(["staying@example.test"], _rig.Received().Keys);
        Assert.Equal(Subscriber.Unsubscribed, (await _rig.Subscribers.GetAsync(subscribers[0].Id, default))!.Status);
    }

    [Fact]
    public async Task Confirmation_QueuedOncePerHourSentWithSignedLinkThatConfirms()
    {
        var subscriber = await _rig.Subscribers.SubscribeAsync("world", "new@example.test", default);

        var first = await _rig.Outbox.EnqueueConfirmationAsync(subscriber, default);
        var second = await _rig.Outbox.EnqueueConfirmationAsync(subscriber, default);
        var sender = _rig.Sender();
        await sender.StartAsync(default);
        var eml = MimeEntity.Load(Assert.Single(await _server.WaitForMessagesAsync(1)));
        await sender.StopAsync(default);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("multipart/alternative", eml.MediaType);
        Assert.Null(eml.Header("List-Unsubscribe"));
        var link = System.Text.RegularExpressions.Regex.Match(eml.Parts[0].Text, @"https://briefing\.example\.org/app/confirm\?token=(\S+)");
        Assert.True(link.Success, eml.Parts[0].Text);
        Assert.Contains($"href=\"{link.Value}\"", System.Net.WebUtility.HtmlDecode(eml.Parts[1].Text), StringComparison.Ordinal);
        Assert.Equal(TokenCheck.Valid, _rig.Tokens.Verify(link.Groups[1].Value, TokenPurpose.Confirm, out var token));
        var confirmed = await _rig.Subscribers.ConfirmAsync(token!.SubscriberId, token.Topic, default);
        var again = await _rig.Subscribers.ConfirmAsync(token.SubscriberId, token.Topic, default);
        Assert.Equal(Subscriber.Confirmed, confirmed?.Status);
        Assert.Equal(confirmed, again);
    }

    [Fact]
    public async Task ExpireAsync_UnconfirmedOlderThanTheLinkLifetime_DeletedConfirmedKept()
    {
        var old = await _rig.Subscribers.SubscribeAsync("world", "old@example.test", default);
        var kept = (await _rig.SubscribeAsync("world", "kept@example.test"))[0];
        _rig.Time.Offset = TimeSpan.FromHours(49);
        var fresh = await _rig.Subscribers.SubscribeAsync("world", "fresh@example.test", default);

        var expired = await _rig.Subscribers.ExpireAsync(TimeSpan.FromHours(48), default);

        Assert.Equal(1, expired);
        Assert.Null(await _rig.Subscribers.GetAsync(old.Id, default));
        Assert.NotNull(await _rig.Subscribers.GetAsync(kept.Id, default));
        Assert.NotNull(await _rig.Subscribers.GetAsync(fresh.Id, default));
    }

    private async Task RunUntilSettledAsync(string key)
    {
        var sender = _rig.Sender();
        await sender.StartAsync(default);
        await _rig.SettledAsync(key);
        await sender.StopAsync(default);
    }

    private async Task SuppressAsync(string topic, string email)
    {
        await using var connection = await _rig.Database.OpenAsync(default);
        await using var transaction = await connection.BeginTransactionAsync();
        await SubscriberStore.SuppressAsync(connection, transaction, topic, email, Suppression.Bounce, "550 test", Briefing.Service.Storage.StoredTime.Stamp(DateTimeOffset.UtcNow), default);
        await transaction.CommitAsync();
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in 20 s");
            await Task.Delay(25);
        }
    }
}

using Briefing.Service.Delivery;
using Briefing.TestKit.Smtp;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Connections reused, retired, and replaced after a server closes or drops them (aiosmtpd on loopback).</summary>
public sealed class SmtpConnectionPoolTests : IAsyncLifetime
{
    private readonly ManualTime _time = new();
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_ManyMessages_OneConnectionReused()
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port), _time);

        for (var i = 0; i < 10; i++) Assert.Equal(SendOutcomeKind.Delivered, (await SendAsync(sender, $"r{i}@example.test")).Kind);

        Assert.Equal(10, (await _server.WaitForMessagesAsync(10)).Count);
        Assert.Equal(1, _server.Connections);
    }

    [Fact]
    public async Task SendAsync_MessagesPerConnectionReached_ConnectionRetired()
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port, o => o.MessagesPerConnection = 3), _time);

        for (var i = 0; i < 7; i++) Assert.Equal(SendOutcomeKind.Delivered, (await SendAsync(sender, $"r{i}@example.test")).Kind);

        Assert.Equal(7, (await _server.WaitForMessagesAsync(7)).Count);
        Assert.Equal(3, _server.Connections);
    }

    [Fact]
    public async Task SendAsync_421AndClose_RetryThenNextMessageOnNewConnection()
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port), _time);
        _server.Script(new SmtpScript { First = new SmtpReply(421, Times: 1, Close: true) });

        var closed = await SendAsync(sender, "a@example.test");
        var next = await SendAsync(sender, "b@example.test");

        Assert.Equal((SendOutcomeKind.Retry, 421), (closed.Kind, closed.Code));
        Assert.Equal(SendOutcomeKind.Delivered, next.Kind);
        Assert.Single(await _server.WaitForMessagesAsync(1));
        Assert.Equal(2, _server.Connections);
    }

    [Theory]
    [InlineData("MAIL")]
    [InlineData("RCPT")]
    [InlineData("DATA")]
    public async Task SendAsync_DroppedMidTransaction_RetryNothingSavedThenDelivered(string command)
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port), _time);
        _server.Script(new SmtpScript { DropOn = command });

        var dropped = await SendAsync(sender, "a@example.test");
        _server.Script(SmtpScript.AcceptAll);
        var next = await SendAsync(sender, "a@example.test");

        Assert.Equal(SendOutcomeKind.Retry, dropped.Kind);
        Assert.NotNull(dropped.RetryAt);
        Assert.Equal(SendOutcomeKind.Delivered, next.Kind);
        Assert.Single(await _server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task SendAsync_ServerRestartedWhileIdle_NoOpNoticesAndReconnects()
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port, o => o.NoOpAfterIdleSeconds = 1), _time);
        Assert.Equal(SendOutcomeKind.Delivered, (await SendAsync(sender, "a@example.test")).Kind);
        await _server.StopAsync();
        await _server.StartAsync();
        _time.Now = ManualTime.Start.AddSeconds(5);

        var outcome = await SendAsync(sender, "b@example.test");

        Assert.Equal(SendOutcomeKind.Delivered, outcome.Kind);
        Assert.Equal(2, (await _server.WaitForMessagesAsync(2)).Count);
    }

    [Fact]
    public async Task SendAsync_RecipientRejected_ConnectionKeptForTheNext()
    {
        await using var sender = Mail.Sender(Mail.Smtp(_server.Port), _time);
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["gone@example.test"] = new(550) } });

        var bounced = await SendAsync(sender, "gone@example.test");
        var delivered = await SendAsync(sender, "reader@example.test");

        Assert.Equal((SendOutcomeKind.Bounced, SendOutcomeKind.Delivered), (bounced.Kind, delivered.Kind));
        Assert.Equal(1, _server.Connections);
    }

    private Task<SendOutcome> SendAsync(SmtpSender sender, string to) =>
        sender.SendAsync(Mail.Composer(_time).Compose(Mail.Edition(pdf: false), Mail.Recipient(to)), SendAttempt.First(ManualTime.Start), CancellationToken.None);
}

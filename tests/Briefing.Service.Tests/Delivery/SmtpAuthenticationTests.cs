using Briefing.Service.Delivery;
using Briefing.TestKit.Smtp;

namespace Briefing.Service.Tests.Delivery;

/// <summary>A server that requires AUTH: wrong credentials are a systemic failure that pauses sending.</summary>
public sealed class SmtpAuthenticationTests : IAsyncLifetime
{
    private readonly ManualTime _time = new();
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync(new SmtpScript { Auth = new SmtpLogin("briefing", "s3cret") });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_RightCredentials_Delivered()
    {
        var outcome = await SendAsync("briefing", "s3cret");

        Assert.True(outcome.Kind == SendOutcomeKind.Delivered, $"{outcome} {_server.ErrorOutput}");
        Assert.Single(await _server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task SendAsync_WrongPassword_PausedWithAuthenticationCode()
    {
        var outcome = await SendAsync("briefing", "wrong");

        Assert.Equal(SendOutcomeKind.Paused, outcome.Kind);
        Assert.Contains(outcome.Code, new int?[] { 530, 535 });
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task SendAsync_NoCredentials_PausedWith530()
    {
        var outcome = await SendAsync("", "");

        Assert.Equal(SendOutcomeKind.Paused, outcome.Kind);
        Assert.Equal(530, outcome.Code);
    }

    private Task<SendOutcome> SendAsync(string user, string password)
    {
        var smtp = Mail.Smtp(_server.Port, o => (o.User, o.Password) = (user, password));
        var message = Mail.Composer(_time, smtp).Compose(Mail.Edition(), Mail.Recipient());
        return Mail.Sender(smtp, _time).SendAsync(message, SendAttempt.First(ManualTime.Start), CancellationToken.None);
    }
}

using Briefing.Service.Delivery;
using Briefing.Service.Subscribers;
using Briefing.TestKit.Smtp;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Sends to a real SMTP server (aiosmtpd on loopback) scripted per test, and reads back what it saved.</summary>
public sealed class SmtpSenderTests : IAsyncLifetime
{
    private readonly ManualTime _time = new();
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_ServerAccepts_DeliveredAsMixedAlternativeWithPdfAndHeaders()
    {
        var message = Mail.Composer(_time).Compose(Mail.Edition(pdf: true), Mail.Recipient());

        var outcome = await SendAsync(message);

        Assert.Equal(SendOutcomeKind.Delivered, outcome.Kind);
        var eml = MimeEntity.Load(Assert.Single(await _server.WaitForMessagesAsync(1)));
        Assert.Equal("multipart/mixed", eml.MediaType);
        Assert.Equal(2, eml.Parts.Count);
        var alternative = eml.Parts[0];
        Assert.Equal("multipart/alternative", alternative.MediaType);
        Assert.Equal(["text/plain", "text/html"], alternative.Parts.Select(p => p.MediaType));
        Assert.Equal(message.Text, alternative.Parts[0].Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(message.Html, alternative.Parts[1].Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var pdf = eml.Parts[1];
        Assert.Equal("application/pdf", pdf.MediaType);
        Assert.Contains("attachment", pdf.Header("Content-Disposition"), StringComparison.Ordinal);
        Assert.Contains("briefing.pdf", pdf.Header("Content-Disposition"), StringComparison.Ordinal);
        Assert.Equal(Mail.PdfBytes, pdf.Body);
        AssertHeaders(eml, message);
    }

    [Fact]
    public async Task SendAsync_NoPdf_TopLevelMultipartAlternative()
    {
        var message = Mail.Composer(_time).Compose(Mail.Edition(pdf: false), Mail.Recipient());

        var outcome = await SendAsync(message);

        Assert.Equal(SendOutcomeKind.Delivered, outcome.Kind);
        var eml = MimeEntity.Load(Assert.Single(await _server.WaitForMessagesAsync(1)));
        Assert.Equal("multipart/alternative", eml.MediaType);
        Assert.Equal(["text/plain", "text/html"], eml.Parts.Select(p => p.MediaType));
        Assert.DoesNotContain(eml.All(), p => p.MediaType == "application/pdf");
        var html = eml.Parts[1].Text;
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://briefing.example.org/app/briefings/edition-42", html, StringComparison.Ordinal);
        AssertHeaders(eml, message);
    }

    [Fact]
    public async Task SendAsync_HostileNonAsciiTitle_OneEncodedSubjectLineAndNoInjectedHeader()
    {
        var edition = Mail.Edition(pdf: false) with { Briefing = Mail.Briefing("Syrie : « paix »\r\nBcc: victim@example.org\u2028X-Evil: 1") };

        var outcome = await SendAsync(Mail.Composer(_time).Compose(edition, Mail.Recipient()));

        Assert.Equal(SendOutcomeKind.Delivered, outcome.Kind);
        var path = Assert.Single(await _server.WaitForMessagesAsync(1));
        var eml = MimeEntity.Load(path);
        Assert.Equal("Syrie : « paix » Bcc: victim@example.org X-Evil: 1", eml.Header("Subject"));
        Assert.DoesNotContain(eml.Headers, h => h.Key is "Bcc" or "X-Evil");
        Assert.DoesNotContain("victim", string.Concat(File.ReadAllLines(path).TakeWhile(l => l.Length > 0).Where(l => l.StartsWith("Bcc", StringComparison.OrdinalIgnoreCase))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RecipientRejected550_BouncedAndNothingSaved()
    {
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["gone@example.test"] = new(550) } });

        var outcome = await SendAsync(Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient("gone@example.test")));

        Assert.Equal(SendOutcomeKind.Bounced, outcome.Kind);
        Assert.Equal(550, outcome.Code);
        Assert.Contains("Mailbox unavailable", outcome.Reply, StringComparison.Ordinal);
        Assert.Null(outcome.RetryAt);
        Assert.Empty(_server.Messages);
    }

    [Theory]
    [InlineData(421)]
    [InlineData(450)]
    [InlineData(451)]
    [InlineData(452)]
    [InlineData(454)]
    public async Task SendAsync_RecipientTemporaryReply_RetryWithBackoff(int code)
    {
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["busy@example.test"] = new(code) } });

        var outcome = await SendAsync(Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient("busy@example.test")), new SendAttempt(3, ManualTime.Start));

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal(code, outcome.Code);
        Assert.InRange(outcome.RetryAt!.Value - ManualTime.Start, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(240));
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task SendAsync_FirstTwoAttemptsThrottled_RetriedThenDeliveredOnce()
    {
        _server.Script(new SmtpScript { First = new SmtpReply(451, Times: 2) });
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());
        var attempt = SendAttempt.First(ManualTime.Start);
        var kinds = new List<SendOutcomeKind>();

        for (var i = 0; i < 3; i++, attempt = attempt.Next()) kinds.Add((await SendAsync(message, attempt)).Kind);

        Assert.Equal([SendOutcomeKind.Retry, SendOutcomeKind.Retry, SendOutcomeKind.Delivered], kinds);
        Assert.Single(await _server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task SendAsync_OtherRecipientRejected_ThisOneDelivered()
    {
        _server.Script(new SmtpScript { Recipients = new Dictionary<string, SmtpReply> { ["gone@example.test"] = new(550) } });
        var composer = Mail.Composer(_time);

        var bounced = await SendAsync(composer.Compose(Mail.Edition(), Mail.Recipient("gone@example.test")));
        var delivered = await SendAsync(composer.Compose(Mail.Edition(), Mail.Recipient("reader@example.test")));

        Assert.Equal((SendOutcomeKind.Bounced, SendOutcomeKind.Delivered), (bounced.Kind, delivered.Kind));
        Assert.Equal("reader@example.test", MimeEntity.Load(Assert.Single(await _server.WaitForMessagesAsync(1))).Header("To"));
    }

    [Theory]
    [InlineData(550)]
    [InlineData(530)]
    [InlineData(554)]
    public async Task SendAsync_MailFromRefusedPermanently_Paused(int code)
    {
        _server.Script(new SmtpScript { MailFrom = new SmtpReply(code) });

        var outcome = await SendAsync(Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient()));

        Assert.Equal(SendOutcomeKind.Paused, outcome.Kind);
        Assert.Equal(code, outcome.Code);
        Assert.Null(outcome.RetryAt);
    }

    [Theory]
    [InlineData(554, SendOutcomeKind.Paused)]
    [InlineData(552, SendOutcomeKind.Paused)]
    [InlineData(451, SendOutcomeKind.Retry)]
    [InlineData(452, SendOutcomeKind.Retry)]
    public async Task SendAsync_ReplyToData_PausedWhenPermanentRetryWhenTemporary(int code, SendOutcomeKind expected)
    {
        _server.Script(new SmtpScript { Data = new SmtpReply(code) });

        var outcome = await SendAsync(Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient()));

        Assert.Equal(expected, outcome.Kind);
        Assert.Equal(code, outcome.Code);
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedAfterData_RetryAndTheServerHasTheMessage()
    {
        _server.Script(new SmtpScript { DropAfterData = ["*"] });
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());

        var outcome = await SendAsync(message);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Null(outcome.Code);
        Assert.NotNull(outcome.RetryAt);
        // The documented duplicate window: the server kept the message although the client saw no reply; a retry
        // sends the same Message-ID so the reader's client folds the two.
        _server.Script(SmtpScript.AcceptAll);
        Assert.Equal(SendOutcomeKind.Delivered, (await SendAsync(message, SendAttempt.First(ManualTime.Start).Next())).Kind);
        var saved = await _server.WaitForMessagesAsync(2);
        Assert.Equal(2, saved.Count);
        Assert.All(saved, f => Assert.Equal(message.MessageId, MimeEntity.Load(f).Header("Message-ID")));
    }

    [Fact]
    public async Task SendAsync_ServerDownThenBack_RetryThenDelivered()
    {
        await _server.StopAsync();
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());

        var down = await SendAsync(message);
        await _server.StartAsync();
        var back = await SendAsync(message, SendAttempt.First(ManualTime.Start).Next());

        Assert.Equal(SendOutcomeKind.Retry, down.Kind);
        Assert.Null(down.Code);
        Assert.Equal(SendOutcomeKind.Delivered, back.Kind);
        Assert.Single(await _server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task SendAsync_StillTemporaryAfterGiveUpAge_FailedWithLastReply()
    {
        _server.Script(new SmtpScript { First = new SmtpReply(452, Times: 1) });
        _time.Now = ManualTime.Start.AddHours(49);

        var outcome = await SendAsync(Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient()), new SendAttempt(12, ManualTime.Start));

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(452, outcome.Code);
        Assert.Null(outcome.RetryAt);
    }

    private Task<SendOutcome> SendAsync(OutgoingMessage message, SendAttempt? attempt = null) =>
        Mail.Sender(Mail.Smtp(_server.Port), _time).SendAsync(message, attempt ?? SendAttempt.First(ManualTime.Start), CancellationToken.None);

    private void AssertHeaders(MimeEntity eml, OutgoingMessage message)
    {
        Assert.Equal(message.MessageId, eml.Header("Message-ID"));
        Assert.Equal("Talks <end> & begin", eml.Header("Subject"));
        Assert.Equal("reader@example.test", eml.Header("To"));
        Assert.Contains("news@briefing.example.org", eml.Header("From"), StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", eml.Header("List-Unsubscribe-Post"));
        var list = eml.Header("List-Unsubscribe")!;
        Assert.Equal(message.Headers["List-Unsubscribe"], list);
        var token = list.Split("token=")[1].Split('>')[0];
        Assert.Equal(TokenCheck.Valid, Mail.Tokens(_time).Verify(token, TokenPurpose.Unsubscribe, out _));
        Assert.Contains("mailto:news@briefing.example.org?subject=unsubscribe%20" + token, list, StringComparison.Ordinal);
        Assert.Single(eml.Headers, h => h.Key.Equals("Subject", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(eml.Headers, h => h.Key.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
    }
}

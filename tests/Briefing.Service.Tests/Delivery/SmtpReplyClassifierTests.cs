using System.Net.Sockets;
using Briefing.Service.Delivery;
using MailKit;
using MimeKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Briefing.Service.Tests.Delivery;

public sealed class SmtpReplyClassifierTests
{
    [Theory]
    [InlineData(421)]
    [InlineData(450)]
    [InlineData(451)]
    [InlineData(452)]
    [InlineData(454)]
    public void Classify_RecipientTemporaryReply_Retry(int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(Command(SmtpErrorCode.RecipientNotAccepted, code, "try later"));

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Equal(code, reply);
    }

    [Theory]
    [InlineData(550)]
    [InlineData(551)]
    [InlineData(553)]
    public void Classify_RecipientPermanentReply_Bounced(int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(Command(SmtpErrorCode.RecipientNotAccepted, code, "no such user"));

        Assert.Equal(SendOutcomeKind.Bounced, kind);
        Assert.Equal(code, reply);
    }

    [Theory]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 530)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 550)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, 554)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, 535)]
    public void Classify_PermanentReplyNotTiedToRecipient_Paused(SmtpErrorCode error, int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(Command(error, code, "refused"));

        Assert.Equal(SendOutcomeKind.Paused, kind);
        Assert.Equal(code, reply);
    }

    [Theory]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 421)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, 451)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, 454)]
    public void Classify_TemporaryReplyNotTiedToRecipient_Retry(SmtpErrorCode error, int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(Command(error, code, "busy"));

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Equal(code, reply);
    }

    [Fact]
    public void Classify_AuthenticationRefused_PausedWithCode()
    {
        var refused = new AuthenticationException("535: 5.7.8 Authentication credentials invalid");

        var (kind, code, text) = SmtpReplyClassifier.Classify(refused);

        Assert.Equal((SendOutcomeKind.Paused, 535), (kind, code));
        Assert.Contains("authentication refused", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_CertificateRefused_Paused()
    {
        var (kind, code, _) = SmtpReplyClassifier.Classify(new SslHandshakeException("the server certificate did not validate"));

        Assert.Equal((SendOutcomeKind.Paused, (int?)null), (kind, code));
    }

    [Fact]
    public void Classify_ConnectionLost_RetryWithoutCode()
    {
        var lost = new SmtpProtocolException("The SMTP server has unexpectedly disconnected.");

        var (kind, code, text) = SmtpReplyClassifier.Classify(lost);

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Null(code);
        Assert.Contains("disconnected", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(SocketException))]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(TimeoutException))]
    [InlineData(typeof(ServiceNotConnectedException))]
    public void Classify_TransportError_RetryWithoutCode(Type type)
    {
        var (kind, code, _) = SmtpReplyClassifier.Classify((Exception)Activator.CreateInstance(type)!);

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Null(code);
    }

    [Fact]
    public void Classify_NotAnSmtpFailure_Throws()
    {
        Assert.Throws<ArgumentException>(() => SmtpReplyClassifier.Classify(new InvalidOperationException("bug")));
    }

    private static SmtpCommandException Command(SmtpErrorCode error, int code, string text) =>
        new(error, (SmtpStatusCode)code, new MailboxAddress("", "a@example.test"), text);
}

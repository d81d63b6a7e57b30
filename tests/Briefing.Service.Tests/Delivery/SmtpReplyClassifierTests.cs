using System.Net.Mail;
using System.Net.Sockets;
using Briefing.Service.Delivery;

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
        var (kind, reply, _) = SmtpReplyClassifier.Classify(new SmtpFailedRecipientException((SmtpStatusCode)code, "<a@example.test>", "try later"));

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Equal(code, reply);
    }

    [Theory]
    [InlineData(550)]
    [InlineData(551)]
    [InlineData(553)]
    public void Classify_RecipientPermanentReply_Bounced(int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(new SmtpFailedRecipientException((SmtpStatusCode)code, "<a@example.test>", "no such user"));

        Assert.Equal(SendOutcomeKind.Bounced, kind);
        Assert.Equal(code, reply);
    }

    [Fact]
    public void Classify_SeveralRecipientsFailed_ClassifiedByTheFirst()
    {
        var inner = new[] { new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "<a@example.test>", "no such user") };

        var (kind, code, _) = SmtpReplyClassifier.Classify(new SmtpFailedRecipientsException("failed", inner));

        Assert.Equal(SendOutcomeKind.Bounced, kind);
        Assert.Equal(550, code);
    }

    [Theory]
    [InlineData(530)]
    [InlineData(535)]
    [InlineData(550)]
    [InlineData(554)]
    public void Classify_PermanentReplyNotTiedToRecipient_Paused(int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(new SmtpException((SmtpStatusCode)code, "refused"));

        Assert.Equal(SendOutcomeKind.Paused, kind);
        Assert.Equal(code, reply);
    }

    [Theory]
    [InlineData(421)]
    [InlineData(451)]
    [InlineData(454)]
    public void Classify_TemporaryReplyNotTiedToRecipient_Retry(int code)
    {
        var (kind, reply, _) = SmtpReplyClassifier.Classify(new SmtpException((SmtpStatusCode)code, "busy"));

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Equal(code, reply);
    }

    [Fact]
    public void Classify_ConnectionLost_RetryWithoutCode()
    {
        var lost = new SmtpException("Failure sending mail.", new IOException("Unable to read data from the transport connection: net_io_connectionclosed."));

        var (kind, code, text) = SmtpReplyClassifier.Classify(lost);

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Null(code);
        Assert.Contains("connectionclosed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SocketError_Retry()
    {
        var (kind, code, _) = SmtpReplyClassifier.Classify(new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(SendOutcomeKind.Retry, kind);
        Assert.Null(code);
    }

    [Fact]
    public void Classify_NotAnSmtpFailure_Throws()
    {
        Assert.Throws<ArgumentException>(() => SmtpReplyClassifier.Classify(new InvalidOperationException("bug")));
    }
}

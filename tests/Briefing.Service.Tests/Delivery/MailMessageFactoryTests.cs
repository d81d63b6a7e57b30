using Briefing.Service.Delivery;

namespace Briefing.Service.Tests.Delivery;

public sealed class MailMessageFactoryTests
{
    private readonly OutgoingMessage _message = Mail.Composer(new ManualTime()).Compose(Mail.Edition(), Mail.Recipient());

    [Fact]
    public void Create_ComposedMessage_TextThenHtmlAndPdf()
    {
        using var mail = MailMessageFactory.Create(_message);

        Assert.Equal(["text/plain", "text/html"], mail.AlternateViews.Select(v => v.ContentType.MediaType));
        Assert.Equal("briefing.pdf", Assert.Single(mail.Attachments).Name);
        Assert.Equal(_message.MessageId, mail.Headers["Message-ID"]);
    }

    [Theory]
    [InlineData("List-Id", "<x.example.org>\r\nBcc: victim@example.org")]
    [InlineData("X-Evil\r\nBcc", "v")]
    [InlineData("Bad:Name", "v")]
    public void Create_HeaderWithLineBreak_Refused(string name, string value)
    {
        var hostile = _message with { Headers = new Dictionary<string, string> { [name] = value } };

        Assert.Throws<ArgumentException>(() => MailMessageFactory.Create(hostile));
    }

    [Fact]
    public void Create_SubjectWithLineBreak_Refused()
    {
        Assert.Throws<ArgumentException>(() => MailMessageFactory.Create(_message with { Subject = "a\r\nBcc: victim@example.org" }));
    }
}

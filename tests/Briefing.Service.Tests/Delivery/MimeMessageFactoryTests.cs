using Briefing.Service.Delivery;
using MimeKit;

namespace Briefing.Service.Tests.Delivery;

public sealed class MimeMessageFactoryTests
{
    private readonly OutgoingMessage _message = Mail.Composer(new ManualTime()).Compose(Mail.Edition(), Mail.Recipient());

    [Fact]
    public void Create_ComposedMessage_TextThenHtmlAndPdfWithDateAndMessageId()
    {
        using var mail = MimeMessageFactory.Create(_message, ManualTime.Start);

        var alternative = Assert.IsType<MultipartAlternative>(Assert.IsType<Multipart>(mail.Body)[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("briefing.pdf", Assert.Single(mail.Attachments).ContentDisposition!.FileName);
        Assert.Equal(_message.MessageId, "<" + mail.MessageId + ">");
        Assert.Equal(ManualTime.Start, mail.Date);
    }

    [Theory]
    [InlineData("List-Id", "<x.example.org>\r\nBcc: victim@example.org")]
    [InlineData("X-Evil\r\nBcc", "v")]
    [InlineData("Bad:Name", "v")]
    public void Create_HeaderWithLineBreak_Refused(string name, string value)
    {
        var hostile = _message with { Headers = new Dictionary<string, string> { [name] = value } };

        Assert.Throws<ArgumentException>(() => MimeMessageFactory.Create(hostile, ManualTime.Start));
    }

    [Fact]
    public void Create_SubjectWithLineBreak_Refused()
    {
        Assert.Throws<ArgumentException>(() => MimeMessageFactory.Create(_message with { Subject = "a\r\nBcc: victim@example.org" }, ManualTime.Start));
    }
}

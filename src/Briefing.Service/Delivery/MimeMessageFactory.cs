using MimeKit;
using MimeKit.Text;

namespace Briefing.Service.Delivery;

/// <summary>
/// The MimeKit form of an <see cref="OutgoingMessage"/>: multipart/alternative (text/plain, then text/html, the
/// preferred part last), wrapped in multipart/mixed with the PDF when there is one, dated, and DKIM-signed when
/// Smtp:Dkim is set. Header values are checked once more here, so nothing that reaches the wire can start a new
/// header line.
/// </summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(OutgoingMessage message, DateTimeOffset date, DkimSigning? dkim = null)
    {
        var mail = new MimeMessage { Subject = Checked("Subject", message.Subject), Date = date, MessageId = MessageIdValue(message.MessageId) };
        mail.From.Add(new MailboxAddress(Checked("From name", message.FromName), message.From));
        mail.To.Add(MailboxAddress.Parse(ParserOptions.Default, Checked("To", message.To)));
        foreach (var (name, value) in message.Headers)
        {
            if (name.Length == 0 || !name.All(c => c is > ' ' and < (char)0x7F and not ':')) throw new ArgumentException($"bad header name '{name}'", nameof(message));
            mail.Headers.Add(name, Checked(name, value));
        }

        var alternative = new MultipartAlternative { Text(message.Text, TextFormat.Plain), Text(message.Html, TextFormat.Html) };
        if (message.Attachment is { } file)
        {
            var attachment = new MimePart(ContentType.Parse(file.MediaType))
            {
                Content = new MimeContent(new MemoryStream(file.Content.ToArray(), writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = file.FileName },
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            };
            mail.Body = new Multipart("mixed") { alternative, attachment };
        }
        else
        {
            mail.Body = alternative;
        }

        dkim?.Sign(mail);
        return mail;
    }

    private static TextPart Text(string content, TextFormat format)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(System.Text.Encoding.UTF8, content);
        return part;
    }

    // MimeKit keeps the Message-ID without its angle brackets.
    private static string MessageIdValue(string id) => Checked("Message-ID", id).Trim().TrimStart('<').TrimEnd('>');

    private static string Checked(string name, string value) =>
        HeaderText.IsSafe(value) ? value : throw new ArgumentException($"header {name} contains a line break or control character");
}

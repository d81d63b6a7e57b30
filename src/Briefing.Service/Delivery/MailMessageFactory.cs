using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Briefing.Service.Delivery;

/// <summary>
/// The System.Net.Mail form of an <see cref="OutgoingMessage"/>: multipart/alternative (text/plain, then text/html,
/// the preferred part last), wrapped in multipart/mixed with the PDF when there is one. Header values are checked
/// once more here, so nothing that reaches the wire can start a new header line.
/// </summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(OutgoingMessage message)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(message.From, message.FromName, Encoding.UTF8),
            Subject = Checked("Subject", message.Subject),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            mail.To.Add(new MailAddress(message.To));
            mail.Headers.Add("Message-ID", Checked("Message-ID", message.MessageId));
            foreach (var (name, value) in message.Headers)
            {
                if (name.Length == 0 || !name.All(c => c is > ' ' and < (char)0x7F and not ':')) throw new ArgumentException($"bad header name '{name}'", nameof(message));
                mail.Headers.Add(name, Checked(name, value));
            }

            mail.AlternateViews.Add(View(message.Text, MediaTypeNames.Text.Plain));
            mail.AlternateViews.Add(View(message.Html, MediaTypeNames.Text.Html));
            if (message.Attachment is { } file)
            {
                var attachment = new Attachment(new MemoryStream(file.Content.ToArray(), writable: false), file.FileName, file.MediaType);
                attachment.ContentDisposition!.Inline = false;
                attachment.ContentDisposition.FileName = file.FileName;
                mail.Attachments.Add(attachment);
            }

            return mail;
        }
        catch
        {
            mail.Dispose();
            throw;
        }
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }

    private static string Checked(string name, string value) =>
        HeaderText.IsSafe(value) ? value : throw new ArgumentException($"header {name} contains a line break or control character");
}

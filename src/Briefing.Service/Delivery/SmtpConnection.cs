using MailKit.Net.Smtp;

namespace Briefing.Service.Delivery;

/// <summary>One open, authenticated SMTP client of the pool: how many messages it has carried and when it was last used.</summary>
internal sealed class SmtpConnection(ISmtpClient client, DateTimeOffset openedAt)
{
    public ISmtpClient Client { get; } = client;

    public int Sent { get; set; }

    public DateTimeOffset LastUsed { get; set; } = openedAt;
}

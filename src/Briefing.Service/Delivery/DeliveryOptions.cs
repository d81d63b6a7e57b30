using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Delivery;

/// <summary>How briefings are delivered by email (appsettings section "Delivery").</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// The HMAC-SHA256 key for confirmation and unsubscribe links: at least 32 characters, kept secret, the same on
    /// every node. Changing it invalidates every link already sent. Required.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>The public base URL of the web service, e.g. "https://briefing.example.org/"; links are made from it. Required.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The mailto address of List-Unsubscribe; empty uses Smtp:FromAddress. The default value is empty.</summary>
    public string UnsubscribeAddress { get; set; } = "";

    /// <summary>How long an unsubscribe link in an email stays valid. The default value is 365 days.</summary>
    [Range(1, 3650)]
    public int UnsubscribeLinkDays { get; set; } = 365;

    /// <summary>How long a confirmation link stays valid. The default value is 48 hours.</summary>
    [Range(1, 720)]
    public int ConfirmationLinkHours { get; set; } = 48;

    /// <summary>Messages sent per second, all connections together. The default value is 10.</summary>
    [Range(0.01, 10000)]
    public double MessagesPerSecond { get; set; } = 10;

    /// <summary>SMTP connections used at once. The default value is 2.</summary>
    [Range(1, 64)]
    public int Connections { get; set; } = 2;

    /// <summary>The delay before the first retry of a temporary failure; it doubles per attempt. The default value is 60 seconds.</summary>
    [Range(1, 86400)]
    public int RetryBaseSeconds { get; set; } = 60;

    /// <summary>The longest delay between two attempts. The default value is 3600 seconds.</summary>
    [Range(1, 86400)]
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>A message still failing this long after its first attempt fails for good. The default value is 48 hours.</summary>
    [Range(1, 720)]
    public int GiveUpHours { get; set; } = 48;

    /// <summary>How long a sender worker waits before looking again when no email is due. The default value is 1000 ms.</summary>
    [Range(50, 60_000)]
    public int IdlePollMilliseconds { get; set; } = 1000;

    /// <summary>Subscription requests one client address may make per hour (API and form together). The default value is 20.</summary>
    [Range(1, 100_000)]
    public int SubscriptionsPerHour { get; set; } = 20;
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Delivery;

/// <summary>The SMTP server email is sent through (appsettings section "Smtp").</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The server's host name. The default value is "localhost".</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>
    /// The server's port. The default value is 587 (submission with STARTTLS). Port 465 (implicit TLS) is refused:
    /// System.Net.Mail can only upgrade a plain connection with STARTTLS.
    /// </summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS before sending anything. The default value is true.</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>The user name for AUTH; empty sends without authenticating. The default value is empty.</summary>
    public string User { get; set; } = "";

    /// <summary>The password for AUTH; required when <see cref="User"/> is set. The default value is empty.</summary>
    public string Password { get; set; } = "";

    /// <summary>The From address of every email, e.g. "briefing@example.org". Required.</summary>
    public string FromAddress { get; set; } = "";

    /// <summary>The From display name. The default value is "Briefing".</summary>
    public string FromName { get; set; } = "Briefing";

    /// <summary>How long one send may take, connection included. The default value is 30 seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}

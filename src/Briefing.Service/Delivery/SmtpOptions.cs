using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Delivery;

/// <summary>The SMTP server email is sent through (appsettings section "Smtp").</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The server's host name. The default value is "localhost".</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>The server's port: 587 (submission, STARTTLS) or 465 (implicit TLS). The default value is 587.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>
    /// None, SslOnConnect (port 465) or StartTls (port 587, required: a server without it is refused). The default
    /// value is StartTls. None sends in plain text and is meant for a relay on loopback.
    /// </summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>
    /// A PEM or DER certificate file trusted as the server's certificate even though no authority signed it (a
    /// private relay's self-signed certificate). Any other certificate error fails. The default value is empty.
    /// </summary>
    public string TrustedCertificateFile { get; set; } = "";

    /// <summary>The user name for AUTH; empty sends without authenticating. The default value is empty.</summary>
    public string User { get; set; } = "";

    /// <summary>The password for AUTH; required when <see cref="User"/> is set. The default value is empty.</summary>
    public string Password { get; set; } = "";

    /// <summary>The From address of every email, e.g. "briefing@example.org". Required.</summary>
    public string FromAddress { get; set; } = "";

    /// <summary>The From display name. The default value is "Briefing".</summary>
    public string FromName { get; set; } = "Briefing";

    /// <summary>How long one send may take, connection included; also the limit of each SMTP command. The default value is 30 seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Messages sent over one connection before it is closed and a new one opened. The default value is 100.</summary>
    [Range(1, 100_000)]
    public int MessagesPerConnection { get; set; } = 100;

    /// <summary>A connection idle this long is checked with NOOP before its next message (and reopened if gone). The default value is 10 seconds.</summary>
    [Range(1, 3600)]
    public int NoOpAfterIdleSeconds { get; set; } = 10;

    /// <summary>DKIM signing: domain, selector and private key file, or nothing.</summary>
    public DkimOptions Dkim { get; set; } = new();
}

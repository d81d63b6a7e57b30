namespace Briefing.Service.Delivery;

/// <summary>How the connection to the SMTP server is secured (Smtp:Security). There is no "when available": a server that does not offer STARTTLS is refused, never used in plain text.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text, no TLS: only for a relay on loopback or a private network, by explicit choice.</summary>
    None,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    SslOnConnect,

    /// <summary>A plain connection upgraded with STARTTLS before anything else is sent (submission, port 587); required.</summary>
    StartTls,
}

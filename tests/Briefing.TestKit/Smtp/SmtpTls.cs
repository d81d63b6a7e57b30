namespace Briefing.TestKit.Smtp;

/// <summary>The server's certificate and key (PEM files) and whether TLS starts on connect (465) or with STARTTLS (587).</summary>
public sealed record SmtpTls(string CertFile, string KeyFile, bool Implicit);

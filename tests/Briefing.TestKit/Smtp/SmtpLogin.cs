namespace Briefing.TestKit.Smtp;

/// <summary>The only credentials the fake server accepts; any others get 535 and then 530 on MAIL FROM.</summary>
public sealed record SmtpLogin(string User, string Password);

namespace Briefing.TestKit.Smtp;

/// <summary>A scripted SMTP reply: the code, how many times to give it (null: always) and optional text.</summary>
public sealed record SmtpReply(int Code, int? Times = null, string? Text = null);

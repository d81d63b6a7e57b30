namespace Briefing.TestKit.Smtp;

/// <summary>A scripted SMTP reply: the code, how many times to give it (null: always), optional text, and whether the server then closes the connection.</summary>
public sealed record SmtpReply(int Code, int? Times = null, string? Text = null, bool Close = false);

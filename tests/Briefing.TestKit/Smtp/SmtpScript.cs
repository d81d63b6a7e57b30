using System.Text.Json.Serialization;

namespace Briefing.TestKit.Smtp;

/// <summary>
/// How <see cref="SmtpServer"/> answers. Replies are read before every command, so a script can change mid-run;
/// <see cref="Auth"/> is read when the server starts (restart it to change it).
/// </summary>
public sealed record SmtpScript
{
    public static SmtpScript AcceptAll { get; } = new();

    /// <summary>Replies to RCPT TO per address (lower case), instead of 250.</summary>
    [JsonPropertyName("recipients")]
    public IReadOnlyDictionary<string, SmtpReply> Recipients { get; init; } = new Dictionary<string, SmtpReply>();

    /// <summary>The reply to the first <see cref="SmtpReply.Times"/> RCPT TO commands, whoever the recipient.</summary>
    [JsonPropertyName("first")]
    public SmtpReply? First { get; init; }

    /// <summary>The reply to every MAIL FROM (e.g. 550 sender rejected).</summary>
    [JsonPropertyName("mailFrom")]
    public SmtpReply? MailFrom { get; init; }

    /// <summary>The reply to the end of DATA instead of 250; the message is then not saved.</summary>
    [JsonPropertyName("data")]
    public SmtpReply? Data { get; init; }

    /// <summary>Recipients ("*" for all) whose message is saved and then the connection closed without a reply.</summary>
    [JsonPropertyName("dropAfterData")]
    public IReadOnlyList<string> DropAfterData { get; init; } = [];

    /// <summary>"MAIL", "RCPT" or "DATA": the connection is closed at that command without a reply, nothing saved.</summary>
    [JsonPropertyName("dropOn")]
    public string? DropOn { get; init; }

    /// <summary>When set (read at start), the server speaks TLS: STARTTLS offered and required, or implicit TLS.</summary>
    [JsonPropertyName("tls")]
    public SmtpTls? Tls { get; init; }

    /// <summary>When set, AUTH is required and only these credentials pass.</summary>
    [JsonPropertyName("auth")]
    public SmtpLogin? Auth { get; init; }
}

namespace Briefing.Service.Delivery;

/// <summary>
/// One composed email to one recipient, ready for <see cref="ISmtpSender"/>. Everything in it has been validated or
/// sanitized already: the addresses, the subject, the header values. An outbox can keep the edition key and
/// subscriber id and compose again on each attempt: composition is deterministic (same Message-ID, same links).
/// </summary>
public sealed record OutgoingMessage(
    string EditionKey,
    Guid SubscriberId,
    string MessageId,
    string From,
    string FromName,
    string To,
    string Subject,
    string Html,
    string Text)
{
    /// <summary>Extra headers (List-Unsubscribe, List-Unsubscribe-Post, List-Id), names and values checked.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public EmailAttachment? Attachment { get; init; }
}

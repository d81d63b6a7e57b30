namespace Briefing.Service.Delivery;

/// <summary>A delivery row claimed by a sender worker: what to send to whom, and how many attempts it has had.</summary>
public sealed record OutboxRow(
    string Id,
    string Kind,
    string EditionKey,
    string Topic,
    Guid? BriefingId,
    Guid SubscriberId,
    string Email,
    int Attempts,
    DateTimeOffset? FirstAttemptAt)
{
    /// <summary>A briefing (an edition or one sent on demand) to a confirmed subscriber.</summary>
    public const string Briefing = "briefing";

    /// <summary>The double opt-in email with the confirmation link.</summary>
    public const string Confirmation = "confirmation";
}

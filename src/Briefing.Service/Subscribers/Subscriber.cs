namespace Briefing.Service.Subscribers;

/// <summary>One address subscribed to one topic: pending (until confirmed), confirmed, or unsubscribed.</summary>
public sealed record Subscriber(Guid Id, string Topic, string Email, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt)
{
    public const string Pending = "pending";

    public const string Confirmed = "confirmed";

    public const string Unsubscribed = "unsubscribed";
}

namespace Briefing.Service.Delivery;

/// <summary>The result of one send: what to do next, the SMTP reply code (null without one) and text, and when to retry.</summary>
public sealed record SendOutcome(SendOutcomeKind Kind, int? Code, string Reply, DateTimeOffset? RetryAt = null)
{
    public static SendOutcome Delivered { get; } = new(SendOutcomeKind.Delivered, 250, "accepted");
}

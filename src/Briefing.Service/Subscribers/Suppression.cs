namespace Briefing.Service.Subscribers;

/// <summary>An address never mailed again for a topic, and why: "bounce" (a permanent refusal) or "unsubscribe".</summary>
public sealed record Suppression(string Topic, string Email, string Reason, string? Detail, DateTimeOffset CreatedAt)
{
    public const string Bounce = "bounce";

    public const string Unsubscribe = "unsubscribe";
}

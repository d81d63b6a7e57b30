namespace Briefing.Web.Apis;

/// <summary>The body of POST /api/subscribers and of the email administration requests.</summary>
internal sealed record SubscriptionRequest(string? Email, string? Topic);

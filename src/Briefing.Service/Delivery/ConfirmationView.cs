namespace Briefing.Service.Delivery;

/// <summary>What the confirmation email templates show: the topic, the signed link and how long it works.</summary>
internal sealed record ConfirmationView(string Topic, string ConfirmUrl, int Hours);

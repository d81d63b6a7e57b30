namespace Briefing.Service.Delivery;

/// <summary>Why sending stopped: the SMTP server refused the sending set-up itself (authentication, sender address).</summary>
public sealed record DeliveryPause(int? Code, string Reply, DateTimeOffset Since);

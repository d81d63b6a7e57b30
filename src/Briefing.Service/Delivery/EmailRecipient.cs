namespace Briefing.Service.Delivery;

/// <summary>Who an email goes to: a confirmed subscriber of <see cref="Topic"/>, or a one-off address for a test send.</summary>
public sealed record EmailRecipient(Guid SubscriberId, string Address, string Topic);

namespace Briefing.Service.Subscribers;

/// <summary>What a signed link says: do <see cref="Purpose"/> for this subscriber and topic, until <see cref="ExpiresAt"/>.</summary>
public sealed record SubscriberToken(TokenPurpose Purpose, Guid SubscriberId, string Topic, DateTimeOffset ExpiresAt);

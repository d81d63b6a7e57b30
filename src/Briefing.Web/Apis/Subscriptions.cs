using Briefing.Service.Delivery;
using Briefing.Service.Subscribers;
using Briefing.Service.Topics;

namespace Briefing.Web.Apis;

/// <summary>
/// A subscription request from the API or the form: the address checked (syntax, length, no header injection) and
/// normalized, the topic known, the subscriber stored once per topic and a confirmation email queued. The answer is
/// the same whether the address was new, pending or already confirmed, so it tells nobody who subscribes.
/// </summary>
internal sealed class Subscriptions(SubscriberStore subscribers, DeliveryOutbox outbox, ITopicCatalog topics)
{
    public async Task<Refusal?> RequestAsync(string? email, string? topic, CancellationToken cancellationToken)
    {
        if (await FindTopicAsync(topic, cancellationToken) is { } refusal) return refusal;
        if (!EmailAddresses.TryParse(email?.Trim(), out var address, out var reason)) return new Refusal(StatusCodes.Status400BadRequest, "Address not accepted", reason, "email");
        var subscriber = await subscribers.SubscribeAsync(topic!, EmailAddresses.Normalize(address), cancellationToken);
        if (subscriber.Status == Subscriber.Pending) await outbox.EnqueueConfirmationAsync(subscriber, cancellationToken);
        return null;
    }

    public async Task<Refusal?> FindTopicAsync(string? topic, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(topic)) return new Refusal(StatusCodes.Status400BadRequest, "Topic required", "name the topic to subscribe to", "topic");
        return topic.Length <= 64 && await topics.FindAsync(topic, cancellationToken) is not null
            ? null
            : new Refusal(StatusCodes.Status404NotFound, "Unknown topic", "no topic of that name (see GET /api/topics or the Topics settings)", "topic");
    }
}

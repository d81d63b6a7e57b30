using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.Service.Subscribers;
using Briefing.Service.Topics;

namespace Briefing.Web.Apis;

/// <summary>
/// Email delivery per briefing: status counts (a read), and with an API key: send to a topic's subscribers through
/// the outbox, preview for one address, test send to one address now; the sender's pause state and resume.
/// </summary>
internal static class DeliveryApi
{
    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        var briefings = app.MapGroup("/api/briefings/{id:guid}").WithTags("Delivery").RequireDelivery();
        briefings.MapGet("/delivery", StatusAsync).WithSummary("Email delivery of this briefing (editions and on-demand sends): pending, sent, failed, bounced, suppressed");
        briefings.MapPost("/email", SendToTopicAsync).DisableAntiforgery().WithSummary("Send this briefing to a topic's confirmed subscribers through the outbox; needs an API key");
        briefings.MapPost("/email/preview", PreviewAsync).DisableAntiforgery().WithSummary("The email of this briefing as one address would get it, not sent; needs an API key");
        briefings.MapPost("/email/test", TestSendAsync).DisableAntiforgery().WithSummary("Send this briefing's email to one address now, outside the outbox; needs an API key");

        var editions = app.MapGroup("/api/topics/{topic}/editions/{date}").WithTags("Delivery").RequireDelivery();
        editions.MapGet("/delivery", EditionStatusAsync).WithSummary("Email delivery of one edition (date yyyy-MM-dd)");

        var sender = app.MapGroup("/api/delivery").WithTags("Delivery").RequireDelivery();
        sender.MapGet("/", State).WithSummary("Whether this node's sender is paused, and why; needs an API key");
        sender.MapPost("/resume", Resume).DisableAntiforgery().WithSummary("Resume sending after a pause; needs an API key");
        return app;
    }

    private static async Task<IResult> StatusAsync(Guid id, HttpContext context, ApiKeys keys, BriefingStore store, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (await store.GetAsync(id, cancellationToken) is null) return NotFound(id);
        return TypedResults.Ok(await StatusOfAsync(context, id, cancellationToken));
    }

    private static async Task<IResult> EditionStatusAsync(string topic, string date, HttpContext context, ApiKeys keys, EditionStore editions, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day)) return Problems.Result(StatusCodes.Status400BadRequest, "Bad date", "the date is yyyy-MM-dd");
        var edition = (await editions.ListAsync(topic, cancellationToken)).FirstOrDefault(e => e.Date == day);
        if (edition?.BriefingId is not { } briefing) return Problems.Result(StatusCodes.Status404NotFound, "Edition not found", $"no ready edition of {topic} on {date}");
        return TypedResults.Ok(await StatusOfAsync(context, briefing, cancellationToken));
    }

    private static async Task<IResult> SendToTopicAsync(Guid id, SubscriptionRequest request, HttpContext context, ApiKeys keys, BriefingStore store, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        if (await FinishedAsync(id, store, cancellationToken) is { } refused) return refused;
        if (await context.RequestServices.GetRequiredService<Subscriptions>().FindTopicAsync(request.Topic, cancellationToken) is { } refusal) return refusal.ToResult();
        var added = await context.RequestServices.GetRequiredService<DeliveryOutbox>().EnqueueBriefingAsync(request.Topic!, id, cancellationToken);
        return TypedResults.Accepted($"/api/briefings/{id}/delivery", new { key = DeliveryOutbox.OnDemandKey(request.Topic!, id), added, status = $"/api/briefings/{id}/delivery" });
    }

    private static async Task<IResult> PreviewAsync(Guid id, SubscriptionRequest request, HttpContext context, ApiKeys keys, BriefingStore store, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        var (message, refusal) = await ComposeAsync(id, request, "preview", context, store, cancellationToken);
        if (refusal is not null) return refusal;
        return TypedResults.Ok(new
        {
            message!.From,
            message.FromName,
            message.To,
            message.Subject,
            message.MessageId,
            message.Headers,
            message.Html,
            message.Text,
            attachment = message.Attachment is { } a ? new { a.FileName, a.MediaType, bytes = a.Content.Length } : null,
        });
    }

    private static async Task<IResult> TestSendAsync(Guid id, SubscriptionRequest request, HttpContext context, ApiKeys keys, BriefingStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        var (message, refusal) = await ComposeAsync(id, request, "test-" + time.GetUtcNow().ToUnixTimeMilliseconds(), context, store, cancellationToken);
        if (refusal is not null) return refusal;
        var outcome = await context.RequestServices.GetRequiredService<ISmtpSender>().SendAsync(message!, SendAttempt.First(time.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(new { outcome = outcome.Kind.ToString().ToLowerInvariant(), code = outcome.Code, reply = outcome.Reply, messageId = message!.MessageId });
    }

    private static IResult State(HttpContext context, ApiKeys keys)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        return TypedResults.Ok(new { paused = context.RequestServices.GetRequiredService<DeliveryState>().Pause });
    }

    private static IResult Resume(HttpContext context, ApiKeys keys)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        return TypedResults.Ok(new { resumed = context.RequestServices.GetRequiredService<DeliveryState>().Resume() });
    }

    private static async Task<object> StatusOfAsync(HttpContext context, Guid briefing, CancellationToken cancellationToken)
    {
        var counts = await context.RequestServices.GetRequiredService<DeliveryOutbox>().CountsAsync(briefing, cancellationToken);
        return new { briefingId = briefing, counts.Pending, counts.Sent, counts.Failed, counts.Bounced, counts.Suppressed, counts.Total, paused = context.RequestServices.GetRequiredService<DeliveryState>().Pause };
    }

    // The email of a finished briefing for one address of a topic: the subscriber's own links when the address is
    // subscribed, otherwise links that name no subscriber.
    private static async Task<(OutgoingMessage? Message, IResult? Refusal)> ComposeAsync(Guid id, SubscriptionRequest request, string purpose, HttpContext context, BriefingStore store, CancellationToken cancellationToken)
    {
        if (await FinishedAsync(id, store, cancellationToken) is { } refused) return (null, refused);
        if (await context.RequestServices.GetRequiredService<Subscriptions>().FindTopicAsync(request.Topic, cancellationToken) is { } refusal) return (null, refusal.ToResult());
        if (!EmailAddresses.TryParse(request.Email?.Trim(), out var address, out var reason)) return (null, new Refusal(StatusCodes.Status400BadRequest, "Address not accepted", reason, "email").ToResult());
        var topic = request.Topic!;
        var key = $"{topic}/{purpose}-{id:N}";
        var edition = await context.RequestServices.GetRequiredService<EditionMails>().LoadAsync(key, topic, id, cancellationToken);
        if (edition is null) return (null, NotFound(id));
        var subscriber = await context.RequestServices.GetRequiredService<SubscriberStore>().FindAsync(topic, EmailAddresses.Normalize(address), cancellationToken);
        var recipient = new EmailRecipient(subscriber?.Id ?? Guid.Empty, EmailAddresses.Normalize(address), topic);
        return (context.RequestServices.GetRequiredService<EmailComposer>().Compose(edition, recipient), null);
    }

    private static async Task<IResult?> FinishedAsync(Guid id, BriefingStore store, CancellationToken cancellationToken)
    {
        var briefing = await store.GetAsync(id, cancellationToken);
        if (briefing is null) return NotFound(id);
        return briefing.Status == BriefingStatus.Done ? null : Problems.Result(StatusCodes.Status409Conflict, "Briefing not ready", $"briefing {id} is {briefing.Status.ToString().ToLowerInvariant()}");
    }

    private static IResult NotFound(Guid id) => Problems.Result(StatusCodes.Status404NotFound, "Briefing not found", $"no briefing {id}");
}

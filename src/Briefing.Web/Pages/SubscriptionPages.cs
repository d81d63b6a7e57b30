using Briefing.Service.Subscribers;
using Briefing.Service.Topics;
using Briefing.Web.Apis;

namespace Briefing.Web.Pages;

/// <summary>
/// The subscription form, the confirmation link's page, and RFC 8058 unsubscribing: a POST to the signed URL
/// unsubscribes at once (mail clients' one-click button and the page's button); a GET only shows that button, since
/// link scanners fetch every link in an email. Forged and expired links change nothing.
/// </summary>
internal static class SubscriptionPages
{
    public static IEndpointRouteBuilder MapSubscriptionPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().RequireDelivery();
        pages.MapGet("/subscribe", FormAsync);
        pages.MapPost("/subscribe", SubscribeAsync).RequireRateLimiting(WebSetup.SubscriptionPolicy).DisableAntiforgery();
        pages.MapGet("/confirm", ConfirmAsync);
        pages.MapGet("/unsubscribe", UnsubscribePage);
        pages.MapPost("/unsubscribe", UnsubscribeAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> FormAsync(PageRenderer pages, ITopicCatalog topics, string? topic, CancellationToken cancellationToken) =>
        pages.Page("subscribe", "Subscribe", await FormModelAsync(topics, null, topic, null, cancellationToken));

    private static async Task<IResult> SubscribeAsync(HttpContext context, PageRenderer pages, ITopicCatalog topics, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType) return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Not a form", "post the form as application/x-www-form-urlencoded or multipart/form-data");
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var email = form["email"].FirstOrDefault();
        var topic = form["topic"].FirstOrDefault();
        var refusal = await context.RequestServices.GetRequiredService<Subscriptions>().RequestAsync(email, topic, cancellationToken);
        if (refusal is not null) return pages.Page("subscribe", "Subscribe", await FormModelAsync(topics, refusal, topic, email, cancellationToken), refusal.Status);
        return Notice(pages, StatusCodes.Status202Accepted, "Check your inbox", $"If this address may subscribe, an email with a confirmation link is on its way. Nothing is sent for {topic} until you open that link.");
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, PageRenderer pages, string? token, CancellationToken cancellationToken)
    {
        if (Check(context, pages, token, TokenPurpose.Confirm, out var valid) is { } refused) return refused;
        var subscriber = await context.RequestServices.GetRequiredService<SubscriberStore>().ConfirmAsync(valid.SubscriberId, valid.Topic, cancellationToken);
        return subscriber is null
            ? Notice(pages, StatusCodes.Status410Gone, "This subscription is gone", "It expired unconfirmed or was unsubscribed. Subscribe again to receive this topic.", failed: true)
            : Notice(pages, StatusCodes.Status200OK, "Subscription confirmed", $"{subscriber.Email} now receives the {subscriber.Topic} briefing. Every email has a link to unsubscribe.");
    }

    private static IResult UnsubscribePage(HttpContext context, PageRenderer pages, string? token) =>
        Check(context, pages, token, TokenPurpose.Unsubscribe, out var valid) ?? pages.Page("unsubscribe", "Unsubscribe", new { valid.Topic, Token = token });

    private static async Task<IResult> UnsubscribeAsync(HttpContext context, PageRenderer pages, string? token, CancellationToken cancellationToken)
    {
        if (Check(context, pages, token, TokenPurpose.Unsubscribe, out var valid) is { } refused) return refused;
        await context.RequestServices.GetRequiredService<SubscriberStore>().UnsubscribeAsync(valid.SubscriberId, valid.Topic, cancellationToken);
        return Notice(pages, StatusCodes.Status200OK, "Unsubscribed", $"This address no longer receives the {valid.Topic} briefing.");
    }

    // Delivery services exist only when email is configured, so they come from the request's services (after
    // DeliveryGate) rather than as parameters, which minimal APIs bind before any filter runs.
    private static IResult? Check(HttpContext context, PageRenderer pages, string? token, TokenPurpose purpose, out SubscriberToken valid)
    {
        var check = context.RequestServices.GetRequiredService<SubscriberTokens>().Verify(token, purpose, out var parsed);
        valid = parsed!;
        return check switch
        {
            TokenCheck.Valid => null,
            TokenCheck.Expired => Notice(pages, StatusCodes.Status410Gone, "This link has expired", purpose == TokenPurpose.Confirm ? "Confirmation links work for a limited time. Subscribe again to get a new one." : "Use the link in a more recent email.", failed: true),
            _ => Notice(pages, StatusCodes.Status400BadRequest, "This link is not valid", "It may have been cut or changed. Use the link exactly as it is in the email.", failed: true),
        };
    }

    private static IResult Notice(PageRenderer pages, int status, string heading, string message, bool failed = false) =>
        pages.Page("notice", heading, new { Heading = heading, Message = message, Failed = failed }, status);

    private static async Task<object> FormModelAsync(ITopicCatalog topics, Refusal? error, string? topic, string? email, CancellationToken cancellationToken) => new
    {
        Error = error,
        Email = email,
        Topics = (await topics.ListAsync(cancellationToken)).Select(t => new { t.Name, Selected = t.Name == topic }).ToList(),
    };
}

using Briefing.Service.Subscribers;

namespace Briefing.Web.Apis;

/// <summary>/api/subscribers (subscribe, double opt-in) and /api/suppressions (list and lift, with a key).</summary>
internal static class SubscribersApi
{
    public static IEndpointRouteBuilder MapSubscribersApi(this IEndpointRouteBuilder app)
    {
        var subscribers = app.MapGroup("/api/subscribers").WithTags("Subscribers").RequireDelivery();
        subscribers.MapPost("/", SubscribeAsync).RequireRateLimiting(WebSetup.SubscriptionPolicy).DisableAntiforgery()
            .WithSummary("Subscribe an address to a topic; a confirmation email with a signed link follows (202 whether or not the address was known)");

        var suppressions = app.MapGroup("/api/suppressions").WithTags("Subscribers").RequireDelivery();
        suppressions.MapGet("/", ListAsync).WithSummary("Addresses never mailed again for a topic (bounces and unsubscribes); needs an API key");
        suppressions.MapDelete("/{topic}/{email}", LiftAsync).WithSummary("Lift a suppression; needs an API key");
        return app;
    }

    // Delivery services exist only when email is configured, so handlers take them from the request's services
    // (after DeliveryGate) rather than as parameters, which minimal APIs bind before any filter runs.
    private static async Task<IResult> SubscribeAsync(SubscriptionRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        if (await context.RequestServices.GetRequiredService<Subscriptions>().RequestAsync(request.Email, request.Topic, cancellationToken) is { } refusal) return refusal.ToResult();
        return TypedResults.Accepted((string?)null, new { status = "confirmation-sent", detail = "if this address may subscribe, a confirmation email is on its way; the subscription starts when its link is opened" });
    }

    private static async Task<IResult> ListAsync(HttpContext context, ApiKeys keys, string? topic, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        var list = await context.RequestServices.GetRequiredService<SubscriberStore>().ListSuppressionsAsync(topic, cancellationToken);
        return TypedResults.Ok(list.Select(s => new { s.Topic, s.Email, s.Reason, s.Detail, s.CreatedAt }));
    }

    private static async Task<IResult> LiftAsync(string topic, string email, HttpContext context, ApiKeys keys, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        return await context.RequestServices.GetRequiredService<SubscriberStore>().LiftAsync(topic, email, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.Result(StatusCodes.Status404NotFound, "Not suppressed", "that address is not suppressed for that topic");
    }
}

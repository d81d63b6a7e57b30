using Briefing.Service.Delivery;

namespace Briefing.Web.Apis;

/// <summary>Email endpoints exist in every host; without the Smtp section they answer 503 naming the settings to add.</summary>
internal static class DeliveryGate
{
    public const string MissingSettings =
        "add the Smtp section (Smtp:Host, Smtp:Port, Smtp:FromAddress; Smtp:User and Smtp:Password when the server needs them) and Delivery:Secret and Delivery:BaseUrl to the settings, then restart";

    public static TBuilder RequireDelivery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetService<DeliveryOutbox>() is null
                ? Problems.Result(StatusCodes.Status503ServiceUnavailable, "Email delivery is not configured", MissingSettings)
                : await next(context));
}

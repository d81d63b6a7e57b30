using System.Threading.RateLimiting;
using Briefing.Domain;
using Briefing.Service;
using Briefing.Service.Delivery;
using Briefing.Service.Hosting;
using Briefing.Web.Apis;
using Briefing.Web.Pages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Briefing.Web;

/// <summary>Everything the web host adds to the shared services, and its middleware, so Program.cs stays a list.</summary>
internal static class WebSetup
{
    public const string GenerationPolicy = "generation";

    public const string SubscriptionPolicy = "subscription";

    public static WebApplicationBuilder AddBriefingWeb(this WebApplicationBuilder builder)
    {
        // The same files and BRIEFING_ variables as the CLI, read once and checked (a misspelt section stops the
        // start, naming it), beneath whatever the host itself was given (command line, test settings).
        builder.Configuration.Sources.Insert(0, new ChainedConfigurationSource { Configuration = BriefingConfiguration.Build(null), ShouldDisposeConfiguration = true });
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");

        var services = builder.Services;
        services.AddBriefingService(builder.Configuration);
        services.AddBriefingOpenTelemetry(BriefingOpenTelemetry.OtlpEndpoint, t => t.AddAspNetCoreInstrumentation(), m => m.AddAspNetCoreInstrumentation());

        // Email only where it is configured: without an Smtp section the email endpoints answer 503 naming the settings.
        if (builder.Configuration.GetSection(SmtpOptions.Section).Exists())
        {
            services.AddBriefingDelivery(builder.Configuration);
            services.AddSingleton<Subscriptions>();
        }

        var delivery = builder.Configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions();
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = web.MaxRequestBytes);
        services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = web.MaxRequestBytes;
            f.ValueCountLimit = 4 * web.MaxArticles + 16;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<Submissions>();
        services.AddSingleton<RenderingCache>();
        services.AddSingleton<PageRenderer>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"])
            .AddCheck<ChromiumHealthCheck>("chromium", tags: ["ready"]);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(GenerationPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiKeys.Presented(context) is { Length: > 0 } key ? "key:" + key : "ip:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = web.GenerationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.AddPolicy(SubscriptionPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = delivery.SubscriptionsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, token) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                var (title, detail) = policy == SubscriptionPolicy
                    ? ("Too many subscription requests", $"at most {delivery.SubscriptionsPerHour} per hour per address (Delivery:SubscriptionsPerHour); retry after {retry} s")
                    : ("Too many briefings requested", $"at most {web.GenerationsPerMinute} per minute per key or address (Web:GenerationsPerMinute); retry after {retry} s");
                await Problems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, title, detail, token);
            };
        });
        return builder;
    }

    public static WebApplication UseBriefingWeb(this WebApplication app)
    {
        app.Services.ValidateBriefingCore();
        _ = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        _ = app.Services.GetRequiredService<PageRenderer>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next();
    }
}

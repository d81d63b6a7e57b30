using Briefing.Service.Subscribers;
using Briefing.Service.Topics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

public static class DeliveryRegistration
{
    /// <summary>
    /// Email delivery: the "Smtp" and "Delivery" options (validated at start-up), signed subscriber tokens, the email
    /// composer, the SMTP sender, the subscribers and the outbox (written when an edition is ready, drained by the
    /// sender), and a "delivery" health check. Call it only where email is configured: without Smtp:FromAddress,
    /// Delivery:Secret and Delivery:BaseUrl the host refuses to start.
    /// </summary>
    public static IServiceCollection AddBriefingDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section), o => o.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubscriberTokens>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<ISmtpSender, SmtpSender>();
        services.AddSingleton<SubscriberStore>();
        services.AddEditionOutbox();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<EditionMails>();
        services.AddSingleton<DeliveryState>();
        services.AddHostedService<DeliveryStartupCheck>();
        services.AddHostedService<OutboxSender>();
        services.AddHealthChecks().AddCheck<DeliveryHealthCheck>("delivery", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// The outbox rows of an edition, written in the transaction that marks it ready, on every host that makes
    /// editions (the CLI's run-topic too) wherever email is configured; whichever host runs the sender mails them.
    /// </summary>
    internal static IServiceCollection AddEditionOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton<DeliveryOutbox>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEditionReadyParticipant, DeliveryOutbox>());
        return services;
    }
}

using Briefing.Service.Delivery;
using Briefing.Service.Topics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Every host that makes editions (the CLI's run-topic as much as the web host) writes their outbox rows.</summary>
public sealed class EditionOutboxRegistrationTests
{
    [Fact]
    public void AddBriefingService_SmtpConfigured_OutboxWritesEditionRows()
    {
        using var services = new ServiceCollection().AddBriefingService(Configuration(smtp: true)).BuildServiceProvider();

        Assert.IsType<DeliveryOutbox>(Assert.Single(services.GetServices<IEditionReadyParticipant>()));
    }

    [Fact]
    public void AddBriefingService_NoSmtp_NoOutboxRows()
    {
        using var services = new ServiceCollection().AddBriefingService(Configuration(smtp: false)).BuildServiceProvider();

        Assert.Empty(services.GetServices<IEditionReadyParticipant>());
    }

    [Fact]
    public void AddBriefingServiceAndDelivery_WebHost_OutboxParticipatesOnce()
    {
        var configuration = Configuration(smtp: true);
        using var services = new ServiceCollection().AddBriefingService(configuration).AddBriefingDelivery(configuration).BuildServiceProvider();

        Assert.Single(services.GetServices<IEditionReadyParticipant>());
    }

    private static IConfiguration Configuration(bool smtp) => new ConfigurationBuilder().AddInMemoryCollection(smtp
        ? new Dictionary<string, string?> { ["Smtp:FromAddress"] = "news@example.org", ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = "2525", ["Smtp:Security"] = "None" }
        : []).Build();
}

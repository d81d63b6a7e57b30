using Briefing.Service.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Tests.Feeds;

public sealed class FeedsOptionsTests
{
    [Fact]
    public void AddBriefingFeeds_Defaults_AreValid()
    {
        using var services = FeedsHost.Build();

        var options = services.GetRequiredService<IOptions<FeedsOptions>>().Value;

        Assert.Equal(2, options.MaxConcurrencyPerHost);
        Assert.Equal(["127.0.0.1"], options.AllowedHosts);
        Assert.False(options.AllowPrivateNetworks);
    }

    [Theory]
    [InlineData("Feeds:MaxConcurrencyPerHost", "3")]
    [InlineData("Feeds:MaxFeedBytes", "0")]
    [InlineData("Feeds:RequestTimeoutSeconds", "0")]
    [InlineData("Feeds:UserAgent", "")]
    public void AddBriefingFeeds_BadValue_FailsNamingTheKey(string key, string value)
    {
        using var services = FeedsHost.Build(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FeedsOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message);
    }

    [Fact]
    public void AddBriefingFeeds_UnknownKey_Fails()
    {
        using var services = FeedsHost.Build(settings: new Dictionary<string, string?> { ["Feeds:AllowedHost"] = "x" });

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<FeedsOptions>>().Value);
    }
}

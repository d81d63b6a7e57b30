using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Web.Tests.Delivery;

public sealed class LimitedEmailWebApp : EmailWebApp
{
    protected override int SubscriptionsPerHour => 3;
}

/// <summary>Subscription requests are limited per client address, API and form together.</summary>
public sealed class RateLimitTests(LimitedEmailWebApp app) : IClassFixture<LimitedEmailWebApp>
{
    [Fact]
    public async Task Subscribe_MoreThanTheHourlyLimit_429WithRetryAfterNamingTheSetting()
    {
        var client = app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) answers.Add((await client.PostAsJsonAsync("/api/subscribers", new { email = $"limit{i}@example.test", topic = "plain" })).StatusCode);
        var form = await client.PostAsync("/subscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "limit9@example.test", ["topic"] = "plain" }));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.NotNull(form.Headers.RetryAfter);
        Assert.Contains("Delivery:SubscriptionsPerHour", (await form.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Web.Tests.Delivery;

/// <summary>Without an Smtp section the host runs, and every email endpoint says which settings are missing.</summary>
public sealed class NotConfiguredTests(WebApp app) : IClassFixture<WebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("POST", "/api/subscribers")]
    [InlineData("GET", "/subscribe")]
    [InlineData("GET", "/unsubscribe?token=x")]
    [InlineData("POST", "/unsubscribe?token=x")]
    [InlineData("GET", "/confirm?token=x")]
    [InlineData("GET", "/api/briefings/00000000-0000-0000-0000-000000000001/delivery")]
    [InlineData("GET", "/api/suppressions")]
    public async Task EmailEndpoint_NoSmtpSection_503NamingTheSettings(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = JsonContent.Create(new { email = "a@example.test", topic = "world" });

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Email delivery is not configured", problem.GetProperty("title").GetString());
        foreach (var key in new[] { "Smtp:Host", "Smtp:FromAddress", "Delivery:Secret", "Delivery:BaseUrl" }) Assert.Contains(key, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

using System.Net;

namespace Briefing.Web.Tests.Hostile;

/// <summary>
/// With API keys configured the form is read for its key before the submission is checked: a body over the limit
/// there is the same 413 page as anywhere else, not a server error, and the service keeps serving.
/// </summary>
public sealed class KeyedFormTests(KeyedFormTests.KeyedApp app) : IClassFixture<KeyedFormTests.KeyedApp>
{
    [Fact]
    public async Task PostNew_BodyOverLimitWithKeysConfigured_413PageAndServiceKeepsServing()
    {
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("secret-key"), "apiKey" },
            { new ByteArrayContent(new byte[300_000]) { Headers = { ContentType = new("text/plain") } }, "files", "big.txt" },
        };

        using var response = await client.PostAsync("/new", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Web:MaxRequestBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var archive = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
    }

    public sealed class KeyedApp : WebApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Web:ApiKeys:0"] = "secret-key",
            ["Web:MaxRequestBytes"] = "100000",
        };
    }
}

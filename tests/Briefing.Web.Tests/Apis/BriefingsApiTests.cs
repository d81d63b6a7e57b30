using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Briefing.Web.Tests.Apis;

public sealed class PdfWebApp : WebApp
{
    protected override bool Pdf => true;
}

/// <summary>The API end to end in memory: real generation, real SQLite, real Quartz jobs, real Chromium for the PDF.</summary>
public sealed class BriefingsApiTests(PdfWebApp app) : IClassFixture<PdfWebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Post_SeedFiles_AcceptedThenDoneWithEveryRenderingDownloadable()
    {
        var response = await _client.PostAsync("/api/briefings", WebApp.SeedForm());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal($"/api/briefings/{id}", location);
        var status = await WebApp.WaitAsync(_client, location);
        Assert.Equal("done", status.GetProperty("status").GetString());
        var briefing = status.GetProperty("briefing");
        Assert.Equal(5, briefing.GetProperty("sources").GetArrayLength());
        Assert.Equal("extractive", briefing.GetProperty("engine").GetString());

        var pdf = await _client.GetAsync($"{location}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        var fileName = pdf.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches(@"^syria-crisis-we-re-working-very-hard-for-peace-says-u-s-\d{4}-\d{2}-\d{2}\.pdf$", fileName);
        Assert.NotNull(pdf.Headers.ETag);
        Assert.Contains("max-age", pdf.Headers.CacheControl!.ToString());
        foreach (var (format, type) in new[] { ("html", "text/html"), ("md", "text/markdown"), ("json", "application/json") })
        {
            var r = await _client.GetAsync($"{location}/{format}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(type, r.Content.Headers.ContentType!.MediaType);
            Assert.EndsWith("." + format, r.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        }
    }

    [Fact]
    public async Task Get_IfNoneMatchWithTheETag_Answers304()
    {
        var location = (await _client.PostAsync("/api/briefings", WebApp.SeedForm("Etag check"))).Headers.Location!.ToString();
        await WebApp.WaitAsync(_client, location);
        var first = await _client.GetAsync($"{location}/md");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{location}/md");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}

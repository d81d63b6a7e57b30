using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Briefing.Web.Tests.Apis;

public sealed class LimitedWebApp : WebApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Web:MaxArticles"] = "6",
        ["Web:MaxRequestBytes"] = "200000",
        ["Ingestion:MaxFileBytes"] = "20000",
    };
}

/// <summary>Every way a request for a briefing can be refused, each naming its limit or field, and the JSON path.</summary>
public sealed class SubmissionTests(LimitedWebApp app) : IClassFixture<LimitedWebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Post_JsonArticlesWithMetadata_DoneWithTheGivenOutlets()
    {
        var articles = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal)
            .Select((f, i) => new { title = $"Headline {i}", outlet = $"Outlet {i}", url = $"https://example.org/{i}", text = File.ReadAllText(f) });

        var response = await _client.PostAsJsonAsync("/api/briefings", new { title = "Lausanne", words = 120, engine = "extractive", articles });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await WebApp.WaitAsync(_client, response.Headers.Location!.ToString());
        Assert.Equal("done", status.GetProperty("status").GetString());
        var briefing = status.GetProperty("briefing");
        Assert.Equal("Lausanne", briefing.GetProperty("title").GetString());
        Assert.Equal(["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3", "Outlet 4"], briefing.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outlet").GetString()));
        Assert.Contains("Rendering:ChromiumPath", status.GetProperty("pdfError").GetString());
        var pdf = await _client.GetAsync($"{response.Headers.Location}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Contains("Chromium", await pdf.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"articles\": []}", 400, "articles")]
    [InlineData("{\"words\": 5, \"articles\": [{\"text\": \"x\"}]}", 400, "words")]
    [InlineData("{\"engine\": \"gpt\", \"articles\": [{\"text\": \"x\"}]}", 400, "engine")]
    [InlineData("{\"engine\": \"llm\", \"articles\": [{\"text\": \"x\"}]}", 400, "engine")]
    [InlineData("{\"articles\": [{\"text\": \"\"}]}", 400, "articles[0].text")]
    public async Task Post_BadJson_ProblemNamingTheField(string body, int status, string field)
    {
        var response = await _client.PostAsync("/api/briefings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_400()
    {
        var response = await _client.PostAsync("/api/briefings", new StringContent("{\"articles\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_TooManyArticles_400NamingTheLimit()
    {
        var articles = Enumerable.Range(0, 7).Select(i => new { text = $"Article number {i} has some words." });

        var response = await _client.PostAsJsonAsync("/api/briefings", new { articles });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Web:MaxArticles", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_FileOverTheCap_413NamingTheLimit()
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 30_000))), "files", "big.txt" } };

        var response = await _client.PostAsync("/api/briefings", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Ingestion:MaxFileBytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_BodyOverTheCap_413AndTheServiceKeepsServing()
    {
        var form = new MultipartFormDataContent();
        for (var i = 0; i < 5; i++) form.Add(new ByteArrayContent(new byte[60_000]), "files", $"f{i}.txt");

        var response = await _client.PostAsync("/api/briefings", form);
        var after = await _client.GetAsync("/api/briefings");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Web:MaxRequestBytes", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("photo.png", "image/png")]
    [InlineData("archive.txt", "text/plain")]
    public async Task Post_BinaryOrUnsupportedFile_415NamingTheFileAndNothingStored(string name, string type)
    {
        var before = (await _client.GetFromJsonAsync<JsonElement>("/api/briefings")).GetProperty("total").GetInt32();
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00 };
        var form = new MultipartFormDataContent { { new ByteArrayContent(zip) { Headers = { ContentType = new(type) } }, "files", name } };

        var response = await _client.PostAsync("/api/briefings", form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(name, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await _client.GetFromJsonAsync<JsonElement>("/api/briefings")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Post_PlainTextBody_415()
    {
        var response = await _client.PostAsync("/api/briefings", new StringContent("hello"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_FileNameWithFolders_StoredAsItsBareName()
    {
        var form = new MultipartFormDataContent();
        foreach (var (file, i) in Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).Select((f, i) => (f, i)))
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(file)), "files", i == 0 ? "../../etc/\u001b[31mpasswd.txt" : Path.GetFileName(file));
        }

        var response = await _client.PostAsync("/api/briefings", form);
        var status = await WebApp.WaitAsync(_client, response.Headers.Location!.ToString());

        var files = status.GetProperty("briefing").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file").GetString()!).ToList();
        Assert.Contains("[31mpasswd.txt", files);
        Assert.DoesNotContain(files, f => f.Contains('/') || f.Contains('\u001b'));
    }
}

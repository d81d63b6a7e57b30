using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Web.Tests.Apis;

/// <summary>A day's mixed articles sent to the service: grouped into an edition, capped, or kept as one story, per request.</summary>
public sealed class EditionSubmissionTests(WebApp app) : IClassFixture<WebApp>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();
    private readonly string _folder = EditionInputs.Write(Path.Combine(Path.GetTempPath(), "briefing-mixed-" + Guid.NewGuid().ToString("N")[..8]));

    [Fact]
    public async Task Post_MixedFiles_EditionOfTwoStoriesAndOneAlsoReported()
    {
        var briefing = await BriefingAsync(Form());

        Assert.Equal(2, briefing.GetProperty("stories").GetArrayLength());
        Assert.Single(briefing.GetProperty("alsoReported").EnumerateArray());
    }

    [Fact]
    public async Task Post_MaxStoriesOne_OneStoryBriefedTheOtherAlsoReported()
    {
        var briefing = await BriefingAsync(Form(("maxStories", "1")));

        Assert.Single(briefing.GetProperty("stories").EnumerateArray());
        Assert.Equal(2, briefing.GetProperty("alsoReported").GetArrayLength());
    }

    [Fact]
    public async Task Post_OneStoryAsJson_EveryArticleInOneStory()
    {
        var articles = Directory.GetFiles(_folder).Order(StringComparer.Ordinal).Select(f => new { text = File.ReadAllText(f) }).ToList();

        var briefing = await BriefingAsync(JsonContent.Create(new { oneStory = true, articles }));

        var story = Assert.Single(briefing.GetProperty("stories").EnumerateArray());
        Assert.Equal(9, story.GetProperty("sourceIds").GetArrayLength());
        Assert.Empty(briefing.GetProperty("alsoReported").EnumerateArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("some")]
    public async Task Post_MaxStoriesOutOfRange_400NamingTheField(string value)
    {
        var response = await _client.PostAsync("/api/briefings", Form(("maxStories", value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("maxStories", problem.GetProperty("field").GetString());
    }

    private MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(_folder).Order(StringComparer.Ordinal))
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(file)) { Headers = { ContentType = new("text/markdown") } }, "files", Path.GetFileName(file));
        }

        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    private async Task<JsonElement> BriefingAsync(HttpContent content)
    {
        var response = await _client.PostAsync("/api/briefings", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await WebApp.WaitAsync(_client, response.Headers.Location!.ToString());
        Assert.Equal("done", status.GetProperty("status").GetString());
        return status.GetProperty("briefing");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

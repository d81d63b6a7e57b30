using System.Text.Json;
using Briefing.Rendering;

namespace Briefing.Tests.Rendering;

public sealed class JsonRendererTests
{
    [Fact]
    public async Task RenderAsync_Briefing_UsesTheDocumentedFieldNames()
    {
        using var services = Services.Build();
        var root = JsonDocument.Parse(await Generate.RenderTextAsync(services, Documents.Sample(), "json")).RootElement;

        Assert.Equal(["schemaVersion", "title", "generatedAt", "engine", "sources", "stories", "alsoReported", "verification", "run"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(["id", "title", "outlet", "url", "file", "wordCount"], root.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        var story = root.GetProperty("stories")[0];
        Assert.Equal(["title", "sourceIds", "sections", "disagreements", "verification", "coverage"], story.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["sourceId", "points"], story.GetProperty("coverage")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal([1, 2], story.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("points").GetInt32()));
        var point = story.GetProperty("sections")[0].GetProperty("points")[0];
        Assert.Equal(Documents.Hostile, point.GetProperty("text").GetString());
        Assert.Equal(["sourceId", "quote"], point.GetProperty("citations")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["sourceId", "quote", "value"], story.GetProperty("disagreements")[0].GetProperty("positions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("verification").GetProperty("claims").GetInt32());
        Assert.Equal("empty file", root.GetProperty("run").GetProperty("skipped")[0].GetProperty("reason").GetString());
        Assert.Equal(3, root.GetProperty("run").GetProperty("timingsMs").GetProperty("ingest").GetInt64());
    }
}

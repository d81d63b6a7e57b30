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

        Assert.Equal(["title", "generatedAt", "engine", "sources", "sections", "disagreements", "verification", "run"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "outlet", "url", "file", "wordCount"], root.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        var point = root.GetProperty("sections")[0].GetProperty("points")[0];
        Assert.Equal(Documents.Hostile, point.GetProperty("text").GetString());
        Assert.Equal(["sourceId", "quote"], point.GetProperty("citations")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["sourceId", "quote", "value"], root.GetProperty("disagreements")[0].GetProperty("positions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("verification").GetProperty("claims").GetInt32());
        Assert.Equal("empty file", root.GetProperty("run").GetProperty("skipped")[0].GetProperty("reason").GetString());
        Assert.Equal(3, root.GetProperty("run").GetProperty("timingsMs").GetProperty("ingest").GetInt64());
    }
}

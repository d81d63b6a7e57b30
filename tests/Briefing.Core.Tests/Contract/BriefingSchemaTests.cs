using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Domain;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.Schema;
using Briefing.Tests.LlmClient;
using Briefing.Tests.Rendering;

namespace Briefing.Tests.Contract;

/// <summary>Every kind of briefing.json the engine writes follows schemas/briefing.v2.schema.json.</summary>
public sealed class BriefingSchemaTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>, IDisposable
{
    private static readonly JsonSchemaCheck Schema = JsonSchemaCheck.Load(Path.Combine(Repo.Root, "schemas", "briefing.v2.schema.json"));

    private readonly FakeOpenAIServer _server = fixture.Fresh();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Extractive", false)]
    [InlineData("Extractive", true)]
    [InlineData("Llm", false)]
    [InlineData("Llm", true)]
    public async Task Json_EveryEngineSingleStoryAndEdition_ValidAgainstTheSchema(string engine, bool edition)
    {
        using var services = Services.Build(Engine(engine));
        var briefing = await Generate.FromAsync(services, edition ? EditionInputs.Write(_folder.Path) : Repo.Seeds);

        var json = await JsonAsync(services, briefing);

        Assert.Equal(edition, briefing.IsEdition);
        Assert.Equal(engine == "Llm", briefing.Run.Model is not null);
        Assert.Empty(Schema.Errors(json));
        Assert.Equal(2, json.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public async Task Json_HostileSample_ValidAgainstTheSchema()
    {
        using var services = Services.Build();

        Assert.Empty(Schema.Errors(await JsonAsync(services, Documents.Sample())));
    }

    [Fact]
    public async Task Errors_DocumentBrokenInFourWays_EachReportedWithItsPath()
    {
        using var services = Services.Build();
        var node = JsonNode.Parse((await JsonAsync(services, Documents.Sample())).GetRawText())!;
        node["schemaVersion"] = 1;
        node["stories"]![0]!.AsObject().Remove("sourceIds");
        node["stories"]![0]!["sections"]![0]!["points"]![0]!["citations"] = new JsonArray();
        node["sections"] = new JsonArray();

        var errors = Schema.Errors(JsonDocument.Parse(node.ToJsonString()).RootElement);

        Assert.Equal(
            ["$.schemaVersion: expected 2", "$.stories[0]: missing 'sourceIds'", "$.stories[0].sections[0].points[0].citations: fewer than 1 items", "$.sections: not allowed"],
            errors);
    }

    [Fact]
    public void Load_SchemaWithAKeywordTheCheckDoesNotKnow_Refused()
    {
        using var doc = JsonDocument.Parse("""{ "type": "object", "properties": { "a": { "type": "string", "pattern": "^x" } } }""");

        var ex = Assert.Throws<InvalidOperationException>(() => new JsonSchemaCheck(doc.RootElement));

        Assert.Contains("'pattern'", ex.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Engine(string engine) => engine == "Llm"
        ? new(FakeServerFixture.LlmSettings(_server)) { ["Llm:InputPricePer1K"] = "0.001", ["Llm:OutputPricePer1K"] = "0.002" }
        : new() { ["Summarization:Engine"] = "Extractive" };

    private static async Task<JsonElement> JsonAsync(IServiceProvider services, BriefingDocument briefing) =>
        JsonDocument.Parse(await Generate.RenderTextAsync(services, briefing, "json")).RootElement.Clone();
}

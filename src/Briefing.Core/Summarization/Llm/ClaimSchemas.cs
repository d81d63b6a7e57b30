using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The JSON schemas sent as strict response formats. Strict mode needs every property required and no extra
/// properties. The reconcile schema limits source ids to the ones supplied; every list has a maxItems (see AnswerReader).
/// </summary>
internal static class ClaimSchemas
{
    public const string ClaimsName = "article_claims";
    public const string BriefingName = "briefing";

    public static JsonElement Claims { get; } = Parse(Obj(new JsonObject
    {
        ["claims"] = Arr(Obj(new JsonObject
        {
            ["claim"] = Str(),
            ["quotes"] = Arr(Str(), AnswerReader.MaxQuotesPerClaim),
        }), AnswerReader.MaxClaims),
    }));

    public static JsonElement Briefing(IReadOnlyList<string> sourceIds)
    {
        JsonNode SourceId() => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. sourceIds.Select(id => (JsonNode)JsonValue.Create(id))]) };
        return Parse(Obj(new JsonObject
        {
            ["title"] = Str(),
            ["sections"] = Arr(Obj(new JsonObject
            {
                ["heading"] = Str(),
                ["points"] = Arr(Obj(new JsonObject
                {
                    ["text"] = Str(),
                    ["citations"] = Arr(Obj(new JsonObject { ["source_id"] = SourceId(), ["quote"] = Str() }), AnswerReader.MaxCitationsPerPoint),
                }), AnswerReader.MaxPointsPerSection),
            }), AnswerReader.MaxSections),
            ["disagreements"] = Arr(Obj(new JsonObject
            {
                ["topic"] = Str(),
                ["positions"] = Arr(Obj(new JsonObject { ["source_id"] = SourceId(), ["value"] = Str(), ["quote"] = Str() }), AnswerReader.MaxPositions),
            }), AnswerReader.MaxDisagreements),
        }));
    }

    private static JsonObject Obj(JsonObject properties) => new()
    {
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)JsonValue.Create(p.Key))]),
        ["additionalProperties"] = false,
    };

    // maxItems is one of the few keywords strict structured output accepts; AnswerReader enforces the same caps anyway.
    private static JsonObject Arr(JsonNode items, int maxItems) => new() { ["type"] = "array", ["items"] = items, ["maxItems"] = maxItems };

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonElement Parse(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
}

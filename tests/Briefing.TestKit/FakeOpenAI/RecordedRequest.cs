using System.Text.Json;

namespace Briefing.TestKit.FakeOpenAI;

/// <summary>A request the fake server received: when, where (path and query string), its headers and its parsed body.</summary>
public sealed record RecordedRequest(DateTimeOffset At, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement Body, string Query = "")
{
    public IEnumerable<(string Role, string Content)> Messages =>
        Body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").ValueKind == JsonValueKind.String ? m.GetProperty("content").GetString()! : m.GetProperty("content").GetRawText()));

    public string System => string.Join("\n", Messages.Where(m => m.Role == "system").Select(m => m.Content));

    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    /// <summary>response_format.json_schema.name, or null in json_object mode.</summary>
    public string? SchemaName =>
        Body.TryGetProperty("response_format", out var f) && f.TryGetProperty("json_schema", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() : null;

    public string Kind => FakeModel.KindOf(SchemaName, User);
}

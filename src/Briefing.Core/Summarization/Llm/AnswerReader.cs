using System.Text.Json;
using Briefing.LlmClient;
using Briefing.Domain;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Reads the model's JSON answers into claims and drafts. A missing top-level field makes the answer malformed;
/// a single bad item is skipped, so one odd entry does not waste the call.
/// </summary>
internal static class AnswerReader
{
    public static IReadOnlyList<ArticleClaim> Claims(JsonElement root)
    {
        var claims = new List<ArticleClaim>();
        foreach (var item in Array(root, "claims"))
        {
            var text = Text(item, "claim");
            var quotes = Strings(item, "quotes");
            if (text is not null && quotes.Count > 0) claims.Add(new ArticleClaim(text, quotes));
        }

        return claims;
    }

    public static BriefingDraft Briefing(JsonElement root)
    {
        var sections = new List<Section>();
        foreach (var section in Array(root, "sections"))
        {
            var points = new List<Point>();
            foreach (var point in Items(section, "points"))
            {
                var text = Text(point, "text");
                if (text is null) continue;
                var citations = Items(point, "citations")
                    .Select(c => (Id: Text(c, "source_id"), Quote: Text(c, "quote")))
                    .Where(c => c.Id is not null && c.Quote is not null)
                    .Select(c => new Citation(c.Id!, c.Quote!))
                    .ToList();
                points.Add(new Point(text, citations));
            }

            if (points.Count > 0) sections.Add(new Section(Text(section, "heading") ?? "Points", points));
        }

        if (sections.Count == 0) throw new ModelCallException(ModelFailure.MalformedJson, "the answer has no sections with points");
        var disagreements = Items(root, "disagreements")
            .Select(d => new Disagreement(
                Text(d, "topic") ?? "Disagreement",
                Items(d, "positions")
                    .Select(p => (Id: Text(p, "source_id"), Quote: Text(p, "quote"), Value: Text(p, "value")))
                    .Where(p => p.Id is not null && p.Quote is not null)
                    .Select(p => new DisagreementPosition(p.Id!, p.Quote!, p.Value ?? ""))
                    .ToList()))
            .Where(d => d.Positions.Count >= 2)
            .ToList();
        return new BriefingDraft(Text(root, "title"), sections, disagreements);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : throw new ModelCallException(ModelFailure.MalformedJson, $"the answer has no '{name}' array");

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())).Select(v => v.GetString()!).ToList()
            : [];
}

using System.Text.Json;
using Briefing.LlmClient;
using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Reads the model's JSON answers into claims and drafts. A missing top-level field makes the answer malformed;
/// a single bad item is skipped, so one odd entry does not waste the call. Whatever the model sends, one answer
/// yields a bounded amount: at most so many items per list and so many characters per string (a longer string makes
/// its item bad), and every string is neutralised like article text (<see cref="TextNeutralizer"/>).
/// </summary>
internal static class AnswerReader
{
    /// <summary>Claims taken from one map or combine answer (the largest Llm:ClaimsPerArticle).</summary>
    public const int MaxClaims = 50;

    public const int MaxQuotesPerClaim = 5;

    public const int MaxSections = 10;

    public const int MaxPointsPerSection = 50;

    public const int MaxCitationsPerPoint = 10;

    public const int MaxDisagreements = 20;

    public const int MaxPositions = 10;

    /// <summary>Characters of a claim, point or quote; a news sentence is far shorter.</summary>
    public const int MaxTextChars = 2_000;

    /// <summary>Characters of a title, heading, topic or value.</summary>
    public const int MaxLabelChars = 300;

    public static IReadOnlyList<ArticleClaim> Claims(JsonElement root)
    {
        var claims = new List<ArticleClaim>();
        foreach (var item in Array(root, "claims", MaxClaims))
        {
            var text = Text(item, "claim", MaxTextChars);
            var quotes = Strings(item, "quotes", MaxQuotesPerClaim);
            if (text is not null && quotes.Count > 0) claims.Add(new ArticleClaim(text, quotes));
        }

        return claims;
    }

    public static BriefingDraft Briefing(JsonElement root)
    {
        var sections = new List<Section>();
        foreach (var section in Array(root, "sections", MaxSections))
        {
            var points = new List<Point>();
            foreach (var point in Items(section, "points", MaxPointsPerSection))
            {
                var text = Text(point, "text", MaxTextChars);
                if (text is null) continue;
                var citations = Items(point, "citations", MaxCitationsPerPoint)
                    .Select(c => (Id: Text(c, "source_id", MaxLabelChars), Quote: Text(c, "quote", MaxTextChars)))
                    .Where(c => c.Id is not null && c.Quote is not null)
                    .Select(c => new Citation(c.Id!, c.Quote!))
                    .ToList();
                points.Add(new Point(text, citations));
            }

            if (points.Count > 0) sections.Add(new Section(Text(section, "heading", MaxLabelChars) ?? "Points", points));
        }

        if (sections.Count == 0) throw new ModelCallException(ModelFailure.MalformedJson, "the answer has no sections with points");
        var disagreements = Items(root, "disagreements", MaxDisagreements)
            .Select(d => new Disagreement(
                Text(d, "topic", MaxLabelChars) ?? "Disagreement",
                Items(d, "positions", MaxPositions)
                    .Select(p => (Id: Text(p, "source_id", MaxLabelChars), Quote: Text(p, "quote", MaxTextChars), Value: Text(p, "value", MaxLabelChars)))
                    .Where(p => p.Id is not null && p.Quote is not null)
                    .Select(p => new DisagreementPosition(p.Id!, p.Quote!, p.Value ?? ""))
                    .ToList()))
            .Where(d => d.Positions.Count >= 2)
            .ToList();
        return new BriefingDraft(Text(root, "title", MaxLabelChars), sections, disagreements);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name, int max) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Take(max)
            : throw new ModelCallException(ModelFailure.MalformedJson, $"the answer has no '{name}' array");

    private static IEnumerable<JsonElement> Items(JsonElement element, string name, int max) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Take(max)
            : [];

    private static string? Text(JsonElement element, string name, int maxChars) =>
        element.TryGetProperty(name, out var value) ? Scalar(value, maxChars) : null;

    private static List<string> Strings(JsonElement element, string name, int max) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => Scalar(v, MaxTextChars)).OfType<string>().Take(max).ToList()
            : [];

    private static string? Scalar(JsonElement value, int maxChars)
    {
        if (value.ValueKind != JsonValueKind.String) return null;
        var text = value.GetString();
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxChars) return null;
        var neutral = TextNeutralizer.Neutralize(text).Trim();
        return neutral.Length == 0 ? null : neutral;
    }
}

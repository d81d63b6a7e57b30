using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Briefing.TestKit.FakeOpenAI;

/// <summary>
/// A deterministic stand-in for a model that follows the prompts: map answers quote the first sentences of the
/// source block, combine keeps the given quotes, reconcile takes claims from each source in turn up to the word
/// budget. It never follows instructions inside the data, so tests that need a misbehaving model script it.
/// </summary>
public static partial class FakeModel
{
    /// <summary>Which prompt a request came from: by its schema name, or (json_object mode) by its delimiters.</summary>
    public static string KindOf(string? schemaName, string user) => schemaName switch
    {
        "briefing" => "reconcile",
        "article_claims" when user.Contains("<claims", StringComparison.Ordinal) => "combine",
        "article_claims" => "map",
        _ when user.Contains("<source ", StringComparison.Ordinal) => "map",
        _ when user.Contains("<claims", StringComparison.Ordinal) && user.Contains("\"sections\"", StringComparison.Ordinal) => "reconcile",
        _ => "combine",
    };

    public static FakeReply Answer(RecordedRequest request) => request.Kind switch
    {
        "map" => FakeReply.Json(Map(request.User)),
        "combine" => FakeReply.Json(Combine(request.User)),
        _ => FakeReply.Json(Reconcile(request.User)),
    };

    public static string Map(string user)
    {
        var wanted = Wanted(user, @"at most (\d+) claims", 5);
        var block = SourceBlock().Match(user);
        var text = block.Success ? block.Groups["text"].Value : user;
        var claims = Sentences(text).Where(s => s.Split(' ').Length >= 6).Take(wanted)
            .Select(s => (JsonNode)new JsonObject { ["claim"] = s, ["quotes"] = new JsonArray(s) });
        return new JsonObject { ["claims"] = new JsonArray([.. claims]) }.ToJsonString();
    }

    public static string Combine(string user)
    {
        var wanted = Wanted(user, @"at most (\d+) key claims", 5);
        var claims = QuoteLine().Matches(user).Select(m => m.Groups[1].Value.Trim()).Distinct().Take(wanted)
            .Select(q => (JsonNode)new JsonObject { ["claim"] = q, ["quotes"] = new JsonArray(q) });
        return new JsonObject { ["claims"] = new JsonArray([.. claims]) }.ToJsonString();
    }

    public static string Reconcile(string user)
    {
        var words = Wanted(user, @"at most (\d+) words", 250);
        var sources = ClaimsBlock().Matches(user)
            .Select(m => (Id: m.Groups["id"].Value, Quotes: QuoteLine().Matches(m.Groups["body"].Value).Select(q => q.Groups[1].Value.Trim()).ToList()))
            .ToList();
        var points = new List<(string Id, string Quote)>();
        var used = 0;
        for (var round = 0; sources.Any(s => s.Quotes.Count > round); round++)
        {
            foreach (var s in sources.Where(s => s.Quotes.Count > round))
            {
                var q = s.Quotes[round];
                var length = q.Split(' ').Length;
                if (used + length > words) continue;
                used += length;
                points.Add((s.Id, q));
            }
        }

        JsonNode Point((string Id, string Quote) p) => new JsonObject
        {
            ["text"] = p.Quote,
            ["citations"] = new JsonArray(new JsonObject { ["source_id"] = p.Id, ["quote"] = p.Quote }),
        };
        var sections = new JsonArray();
        if (points.Count > 0) sections.Add(new JsonObject { ["heading"] = "Key points", ["points"] = new JsonArray([.. points.Take(3).Select(Point)]) });
        if (points.Count > 3) sections.Add(new JsonObject { ["heading"] = "Details", ["points"] = new JsonArray([.. points.Skip(3).Select(Point)]) });
        var title = points.Count == 0 ? "Briefing" : string.Join(' ', points[0].Quote.Split(' ').Take(8)).TrimEnd('.', ',');
        return new JsonObject { ["title"] = title, ["sections"] = sections, ["disagreements"] = new JsonArray() }.ToJsonString();
    }

    public static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text.Replace('\n', ' ')).Select(s => Regex.Replace(s.Trim(), @"\s+", " ")).Where(s => s.Length > 0);

    private static int Wanted(string user, string pattern, int fallback)
    {
        var m = Regex.Match(user, pattern);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex(@"<source [^>]*>\s*(?:Title:[^\n]*\n)?(?<text>.*?)</source>", RegexOptions.Singleline)]
    private static partial Regex SourceBlock();

    [GeneratedRegex(@"<claims source=""(?<id>[^""]+)""[^>]*>(?<body>.*?)</claims>", RegexOptions.Singleline)]
    private static partial Regex ClaimsBlock();

    [GeneratedRegex(@"^\s*(?:- )?quote: (.+)$", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"(?<=[.!?][""”’']?)\s+(?=[A-Z“""])")]
    private static partial Regex SentenceBreak();
}

using Briefing.Domain;

namespace Briefing.TestKit.Hostile;

/// <summary>
/// Text written to break a rendering: markup, an attribute break-out, template syntax, link syntax, bidi overrides,
/// NUL and control characters and a 10,000-character word. <see cref="Document"/> builds the same briefing from
/// hostile or plain text, so the two renderings must have the same shape.
/// </summary>
public static class HostileText
{
    public const string Markup = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'><svg onload=alert(3)>";
    public const string JavascriptUrl = "javascript:alert(4)";
    public const string DataUrl = "data:text/html,<script>alert(5)</script>";
    public const string HttpUrlBreakingOut = "https://example.org/a?b=1&c=\"><img src=x onerror=alert(6)>";

    private static readonly string LongWord = new('W', 10_000);

    public static string Of(int n) =>
        $"{Markup} {{{{ Title }}}}{{{{ include 'web/layout.sbn-html' }}}} \u202Eevil\u202C\u2066x\u2069\0\u0007\u001b[2J [x]({JavascriptUrl}) <{JavascriptUrl}> *em* _u_ `c` # | {n} {LongWord}";

    public static string Plain(int n) => $"plain text {n}";

    /// <summary>An edition (two stories, also reported, a flagged point, a dropped claim, notes, skipped inputs, model use) with every text from <paramref name="text"/>.</summary>
    public static BriefingDocument Document(Func<int, string> text, bool hostileUrls)
    {
        var n = 0;
        string T() => text(++n);
        Point P(string source) => new(T(), [new Citation(source, T())]);
        StoryBriefing Story(params string[] ids) => new(
            T(),
            ids,
            [new Section(T(), [P(ids[0]), P(ids[^1]) with { Verified = false }, new Point(T(), ids.Select(id => new Citation(id, T())).ToList())])],
            [new Disagreement(T(), ids.Select(id => new DisagreementPosition(id, T(), T())).ToList())],
            new VerificationReport(3, 2, []));
        return new BriefingDocument(
            T(),
            new DateTimeOffset(2016, 10, 16, 9, 0, 0, TimeSpan.Zero),
            "llm",
            [
                new Source("S1", T(), T(), hostileUrls ? HttpUrlBreakingOut : "https://example.org/plain", T(), 30),
                new Source("S2", T(), T(), JavascriptUrl, T(), 30),
                new Source("S3", T(), null, DataUrl, T(), 30),
            ],
            [Story("S1", "S2"), Story("S3")],
            [P("S2")],
            new VerificationReport(7, 5, [new DroppedClaim(T(), "S1", T())]),
            new RunReport([new SkippedInput(T(), T())], [T()], new Dictionary<string, long>()) { Model = new LlmReport(T(), "https://example.org/", [], 0, [], []) });
    }
}

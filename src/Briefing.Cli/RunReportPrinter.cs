using Briefing.Text;
using Briefing.Domain;

namespace Briefing.Cli;

/// <summary>The few lines a user reads after a run: what came out, what was verified, what was skipped.</summary>
internal static class RunReportPrinter
{
    public static void Print(BriefingDocument b, IReadOnlyList<string> written)
    {
        Line($"Briefing: {b.Title}");
        var sections = b.Stories.SelectMany(s => s.Sections).ToList();
        Line($"  engine {b.Engine}; {b.Sources.Count} sources; {Count(b.Stories.Count, "story", "stories")}; {sections.Sum(s => s.Points.Count)} points in {sections.Count} sections; {b.Stories.Sum(s => s.Disagreements.Count)} disagreements");
        Line($"  claims verified: {b.Verification.Verified}/{b.Verification.Claims}");
        if (b.IsEdition) PrintStories(b);
        foreach (var d in b.Verification.Dropped) Line($"  dropped claim ({d.Reason}): {d.Text}");
        if (b.Run.Model is { } model) PrintModel(model);
        foreach (var s in b.Run.Skipped) Line($"  skipped {s.Input}: {s.Reason}");
        foreach (var w in b.Run.Warnings) Line($"  warning: {w}");
        Line($"  timings (ms): {string.Join(", ", b.Run.TimingsMs.Select(t => $"{t.Key} {t.Value}"))}");
        foreach (var f in written) Line($"  wrote {f}");
    }

    // Each story with its articles, so a reader sees how the input was grouped.
    private static void PrintStories(BriefingDocument b)
    {
        var byId = b.Sources.Select((s, i) => (Source: s, Number: i + 1)).ToDictionary(s => s.Source.Id, StringComparer.Ordinal);
        foreach (var (story, i) in b.Stories.Select((s, i) => (s, i + 1)))
        {
            Line($"  story {i}: {story.Title} ({Count(story.SourceIds.Count, "article", "articles")}; claims verified {story.Verification.Verified}/{story.Verification.Claims})");
            foreach (var id in story.SourceIds) Line($"    [{byId[id].Number}] {Describe(byId[id].Number, byId[id].Source)}");
        }

        foreach (var line in b.AlsoReported)
        {
            foreach (var id in line.Citations.Select(c => c.SourceId).Distinct()) Line($"  also reported: [{byId[id].Number}] {Describe(byId[id].Number, byId[id].Source)}");
        }
    }

    private static string Describe(int number, Source s) => $"{Briefing.Ingestion.OutletName.Label(s.Outlet, number)}: {s.Title} ({s.File})";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static void PrintModel(LlmReport model)
    {
        var stages = string.Join(", ", model.Calls.GroupBy(c => c.Stage).Select(g => $"{g.Count()} {g.Key}"));
        Line($"  model {model.Model} at {model.Endpoint}: {model.Calls.Count} calls ({(stages.Length == 0 ? "none" : stages)}), {model.CachedArticles} articles from cache");
        var cost = model.EstimatedCost is { } c ? FormattableString.Invariant($"; estimated cost {c:0.######}") : "";
        Line(FormattableString.Invariant($"  tokens: {model.InputTokens:N0} in, {model.OutputTokens:N0} out{cost}"));
        foreach (var call in model.Calls)
        {
            Line(FormattableString.Invariant($"    {call.Stage} {call.Subject}: {call.InputTokens:N0} in, {call.OutputTokens:N0} out, {call.Ms} ms, {call.Outcome}"));
        }

        foreach (var d in model.DroppedAtMap) Line($"  dropped at map ({d.Reason}): {d.Text}");
    }

    // Titles, file names and quotes come from articles and models: never let them drive the terminal.
    private static void Line(string text) => Console.WriteLine(TextNeutralizer.Escape(text));
}

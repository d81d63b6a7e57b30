using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Domain;
using Briefing.Rendering.Templates;

namespace Briefing.Rendering;

/// <summary>
/// What every briefing template must keep, overridden or not, checked on probe briefings at start-up: the
/// "Claims verified" count, a citation marker linking each point to each of its sources, the "unverified" flag on a
/// flagged point, and (in HTML) the claims that were dropped. An override can restyle all of it, never hide it.
/// </summary>
internal static class VerificationShown
{
    private const string Verified = "Probe point one, reported by both sources";
    private const string Unverified = "Probe point two, not found in its source";
    private const string Dropped = "Probe claim that was dropped";

    /// <summary>A single-story briefing and an edition, between them taking every branch of the shipped templates.</summary>
    public static IEnumerable<BriefingDocument> Probes(DateTimeOffset now)
    {
        var story = new StoryBriefing(
            "Probe story",
            ["S1", "S2"],
            [new Section("Key points", [new Point(Verified, [new Citation("S1", Verified), new Citation("S2", "Probe words of the second source")]), new Point(Unverified, [new Citation("S2", "Probe quote")]) { Verified = false }])],
            [new Disagreement("Probe topic", [new DisagreementPosition("S1", "one", "Probe one"), new DisagreementPosition("S2", "two", "Probe two")])],
            new VerificationReport(3, 2, []));
        var single = new BriefingDocument(
            "Probe briefing",
            now,
            "llm",
            [new Source("S1", "Probe title", "Probe outlet", "https://example.org/", "one.txt", 30), new Source("S2", "Probe title", null, null, "two.txt", 30), new Source("S3", "Probe title", "Probe outlet", "https://example.org/", "three.txt", 30)],
            [story],
            [],
            new VerificationReport(3, 2, [new DroppedClaim(Dropped, "S1", "quote not found")]),
            new RunReport([new SkippedInput("empty.txt", "empty file")], ["probe note"], new Dictionary<string, long>()) { Model = new LlmReport("probe", "https://example.org/", [], 0, [], []) });
        yield return single;
        yield return single with { Stories = [story, story with { SourceIds = ["S3"] }], AlsoReported = [new Point("Probe single report", [new Citation("S3", "Probe single report")])] };
    }

    /// <summary>The text (of an email, say) reads "Claims verified: V/C" with the probe's counts.</summary>
    public static void CheckCount(BriefingDocument probe, string text, string template) =>
        Require(text.Contains(Count(probe), StringComparison.Ordinal), template, $"\"{Count(probe)}\"");

    public static void CheckHtml(BriefingDocument probe, string html, string template)
    {
        var document = new HtmlParser().ParseDocument(html);
        var count = Count(probe);
        Require(document.QuerySelectorAll("#verification").Count(e => Visible(e) && Text(e).Contains(count, StringComparison.Ordinal)) == 1, template, $"one visible element with id \"verification\" reading \"{count}\"");
        foreach (var (point, sources) in Cited(probe))
        {
            var holder = Holder(document, point.Text);
            Require(holder is not null, template, $"the point \"{point.Text}\", visible");
            foreach (var source in sources)
            {
                Require(holder!.QuerySelectorAll($"a[href=\"#source-{source}\"]").Any(Visible), template, $"a visible citation marker linking \"{point.Text}\" to #source-{source}");
            }

            if (!point.Verified) Require(Text(holder!).Contains("unverified", StringComparison.OrdinalIgnoreCase), template, $"the word \"unverified\" beside \"{point.Text}\"");
        }

        foreach (var dropped in probe.Verification.Dropped)
        {
            Require(Holder(document, dropped.Text) is not null, template, $"the dropped claim \"{dropped.Text}\", visible");
        }
    }

    public static void CheckMarkdown(BriefingDocument probe, string markdown, string template)
    {
        var lines = markdown.Split('\n');
        var count = Count(probe);
        Require(lines.Count(l => l.Contains(count, StringComparison.Ordinal)) == 1, template, $"one line reading \"{count}\"");
        foreach (var (point, sources) in Cited(probe))
        {
            var line = lines.FirstOrDefault(l => l.Contains(point.Text, StringComparison.Ordinal));
            Require(line is not null, template, $"the point \"{point.Text}\"");
            foreach (var source in sources) Require(line!.Contains($"(#source-{source})", StringComparison.Ordinal), template, $"a citation marker linking \"{point.Text}\" to #source-{source} on its line");
            if (!point.Verified) Require(line!.Contains("unverified", StringComparison.OrdinalIgnoreCase), template, $"the word \"unverified\" on the line of \"{point.Text}\"");
        }
    }

    private static string Count(BriefingDocument probe) => $"Claims verified: {probe.Verification.Verified}/{probe.Verification.Claims}";

    private static IEnumerable<(Point Point, IEnumerable<int> Sources)> Cited(BriefingDocument probe)
    {
        var number = probe.Sources.Select((s, i) => (s.Id, Number: i + 1)).ToDictionary(s => s.Id, s => s.Number);
        return probe.Stories.SelectMany(s => s.Sections).SelectMany(s => s.Points).Concat(probe.AlsoReported)
            .Select(p => (p, p.Citations.Select(c => number[c.SourceId]).Distinct()));
    }

    // The first visible element holding the text itself (not only in a child), widened to its list item or block.
    private static IElement? Holder(IDocument document, string text)
    {
        bool Holds(IElement e) => Text(e).Contains(text, StringComparison.Ordinal);
        var inner = document.Body?.QuerySelectorAll("*").FirstOrDefault(e => Holds(e) && !e.Children.Any(Holds) && Visible(e));
        return inner?.Closest("li, tr, div, section, article") ?? inner;
    }

    private static string Text(IElement element) => element.TextContent;

    private static bool Visible(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            var style = (e.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (e.HasAttribute("hidden") || style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal) || e.LocalName is "template" or "noscript" or "script" or "style") return false;
        }

        return true;
    }

    private static void Require(bool condition, string template, string what)
    {
        if (!condition) throw TemplateFiles.Error($"template {template} must show {what} ({TemplateFiles.Setting}): an override can restyle what verification found, never hide it");
    }
}

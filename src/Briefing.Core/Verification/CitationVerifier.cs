using Briefing.Domain;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Verification;

/// <summary>
/// A citation holds when its source id is known and its quote is found in that source's text (tolerantly, see
/// <see cref="ArticleText"/>); the citation then carries the source's exact text. A point is kept while at least one
/// of its citations holds and its own words pass <see cref="PointSupport"/> against the whole sentences of those
/// that remain; every citation removed from a kept point is reported. A disagreement side needs its quote found
/// and its value stated in that quote. Model-written labels must use the words of what they label: a heading its
/// points' quotes, a topic its sides' quotes, the title the verified quotes or the headlines. One that does not is
/// replaced, and the replacement is reported.
/// </summary>
internal sealed class CitationVerifier(IOptions<VerificationOptions> options) : ICitationVerifier
{
    public VerifiedDraft Verify(BriefingDraft draft, IReadOnlyList<Article> articles)
    {
        var o = options.Value;
        var sources = new SourceTexts(articles, o.MinQuoteWords);
        var dropped = new List<DroppedClaim>();
        var droppedCitations = new List<DroppedClaim>();
        int claims = 0, verified = 0;
        var sections = new List<Section>();
        foreach (var section in draft.Sections)
        {
            var points = new List<Point>();
            foreach (var point in section.Points)
            {
                claims++;
                var checks = point.Citations.Select(c => (Citation: c, Result: sources.Check(c.SourceId, c.Quote))).ToList();
                var kept = checks.Where(c => c.Result.Match is not null)
                    .Select(c => (Citation: c.Citation with { Quote = c.Result.Match!.Exact }, Match: c.Result.Match!))
                    .DistinctBy(c => c.Citation)
                    .ToList();
                var failed = checks.Where(c => c.Result.Match is null).ToList();
                (string? SourceId, string Reason)? failure = point.Citations.Count == 0 ? (null, "no citation")
                    : kept.Count == 0 ? (failed[0].Citation.SourceId, failed[0].Result.Reason!)
                    : PointSupport.Check(point.Text, kept.Select(k => k.Match).ToList(), o.MinTermCoverage) is { } unsupported ? (kept[0].Citation.SourceId, $"point not backed by its quotes: {unsupported}")
                    : null;

                if (failure is null)
                {
                    verified++;
                    points.Add(point with { Citations = kept.Select(k => k.Citation).ToList() });
                    droppedCitations.AddRange(failed.Select(f => new DroppedClaim(point.Text, f.Citation.SourceId, $"citation dropped, point kept: {f.Result.Reason}")));
                    continue;
                }

                dropped.Add(new DroppedClaim(point.Text, failure.Value.SourceId, failure.Value.Reason));
                if (o.Unverified == UnverifiedPolicy.Flag) points.Add(point with { Verified = false, Citations = kept.Count > 0 ? kept.Select(k => k.Citation).ToList() : point.Citations });
            }

            if (points.Count == 0) continue;
            var heading = TextSupport.IsBackedLabel(section.Heading, Quotes(points)) ? section.Heading : "Points";
            if (heading != section.Heading) dropped.Add(new DroppedClaim(section.Heading, null, "section heading not backed by its points' quotes; replaced by 'Points'"));
            sections.Add(section with { Heading = heading, Points = points });
        }

        var disagreements = draft.Disagreements
            .Select(d => d with { Positions = Positions(d, sources, droppedCitations) })
            .Select(d => d with { Topic = TextSupport.IsBackedLabel(d.Topic, string.Join("\n", d.Positions.Select(p => p.Quote))) ? d.Topic : "Sources differ" })
            .Where(d => d.Positions.Select(p => p.SourceId).Distinct().Count() >= 2)
            .Aggregate(new List<Disagreement>(), (kept, d) =>
            {
                // Once quotes show the source's own text, a side the model copied loosely can be seen to repeat one already listed.
                if (!kept.Any(k => d.Positions.Count(p => k.Positions.Any(q => q.SourceId == p.SourceId && Overlap(p.Quote, q.Quote))) >= 2)) kept.Add(d);
                return kept;
            });

        var title = draft.Title;
        var titleBacking = Quotes(sections.SelectMany(s => s.Points).Where(p => p.Verified)) + "\n" + string.Join("\n", articles.Select(a => a.Title));
        if (title is not null && !TextSupport.IsBackedLabel(title, titleBacking))
        {
            dropped.Add(new DroppedClaim(title, null, "title not backed by the verified quotes or the sources' headlines; a headline is used instead"));
            title = null;
        }

        return new VerifiedDraft(title, sections, disagreements, new VerificationReport(claims, verified, dropped) { DroppedCitations = droppedCitations.Count == 0 ? Array.Empty<DroppedClaim>() : droppedCitations });
    }

    private static List<DisagreementPosition> Positions(Disagreement disagreement, SourceTexts sources, List<DroppedClaim> droppedCitations)
    {
        var positions = new List<DisagreementPosition>();
        foreach (var p in disagreement.Positions)
        {
            var (match, reason) = sources.Check(p.SourceId, p.Quote);
            reason ??= PointSupport.ValueInQuote(p.Value, match!.Exact) ? null : $"the value '{p.Value}' is not in its quote";
            if (reason is null) positions.Add(p with { Quote = match!.Exact });
            else droppedCitations.Add(new DroppedClaim(disagreement.Topic, p.SourceId, $"disagreement side dropped: {reason}"));
        }

        return positions;
    }

    private static bool Overlap(string a, string b) =>
        a.Split(" … ").Any(part => b.Contains(part, StringComparison.Ordinal)) || b.Split(" … ").Any(part => a.Contains(part, StringComparison.Ordinal));

    private static string Quotes(IEnumerable<Point> points) => string.Join("\n", points.SelectMany(p => p.Citations).Select(c => c.Quote));
}

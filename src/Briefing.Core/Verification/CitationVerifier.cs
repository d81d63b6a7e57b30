using Briefing.Domain;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Verification;

/// <summary>
/// A citation holds when its source id is known and its quote occurs in that source's text (compared after
/// <see cref="QuoteNormalizer"/>). A claim holds when all its citations hold and its own words are backed by its
/// quotes (<see cref="TextSupport"/>). Model-written labels must use the words of what they label: a heading its
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
        int claims = 0, verified = 0;
        var sections = new List<Section>();
        foreach (var section in draft.Sections)
        {
            var points = new List<Point>();
            foreach (var point in section.Points)
            {
                claims++;
                var failure = point.Citations.Count == 0
                    ? (null, "no citation")
                    : point.Citations.Select(c => (c.SourceId, Reason: sources.Check(c.SourceId, c.Quote))).FirstOrDefault(r => r.Reason is not null);
                if (failure.Item2 is null && TextSupport.Check(point.Text, string.Join("\n", point.Citations.Select(c => c.Quote)), o.MinTermCoverage) is { } unsupported)
                {
                    failure = (point.Citations[0].SourceId, $"point not backed by its quotes: {unsupported}");
                }

                if (failure.Item2 is null)
                {
                    verified++;
                    points.Add(point);
                    continue;
                }

                dropped.Add(new DroppedClaim(point.Text, failure.Item1, failure.Item2));
                if (o.Unverified == UnverifiedPolicy.Flag) points.Add(point with { Verified = false });
            }

            if (points.Count == 0) continue;
            var heading = TextSupport.IsBackedLabel(section.Heading, Quotes(points)) ? section.Heading : "Points";
            if (heading != section.Heading) dropped.Add(new DroppedClaim(section.Heading, null, "section heading not backed by its points' quotes; replaced by 'Points'"));
            sections.Add(section with { Heading = heading, Points = points });
        }

        var disagreements = draft.Disagreements
            .Select(d => d with
            {
                Topic = TextSupport.IsBackedLabel(d.Topic, string.Join("\n", d.Positions.Select(p => p.Quote))) ? d.Topic : "Sources differ",
                Positions = d.Positions.Where(p => sources.Check(p.SourceId, p.Quote) is null).ToList(),
            })
            .Where(d => d.Positions.Select(p => p.SourceId).Distinct().Count() >= 2)
            .ToList();

        var title = draft.Title;
        var titleBacking = Quotes(sections.SelectMany(s => s.Points).Where(p => p.Verified)) + "\n" + string.Join("\n", articles.Select(a => a.Title));
        if (title is not null && !TextSupport.IsBackedLabel(title, titleBacking))
        {
            dropped.Add(new DroppedClaim(title, null, "title not backed by the verified quotes or the sources' headlines; a headline is used instead"));
            title = null;
        }

        return new VerifiedDraft(title, sections, disagreements, new VerificationReport(claims, verified, dropped));
    }

    private static string Quotes(IEnumerable<Point> points) => string.Join("\n", points.SelectMany(p => p.Citations).Select(c => c.Quote));
}

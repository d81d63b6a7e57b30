using Briefing.Model;
using Microsoft.Extensions.Options;

namespace Briefing.Verification;

/// <summary>
/// A citation holds when its source id is known and its quote occurs in that source's text (compared after
/// <see cref="QuoteNormalizer"/>). A claim holds when all its citations hold.
/// </summary>
internal sealed class CitationVerifier(IOptions<VerificationOptions> options) : ICitationVerifier
{
    public VerifiedDraft Verify(BriefingDraft draft, IReadOnlyList<Article> articles)
    {
        var sources = articles.ToDictionary(a => a.Id, a => QuoteNormalizer.Normalize(a.SourceText), StringComparer.Ordinal);
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
                    : point.Citations.Select(c => (c.SourceId, Reason: Check(c.SourceId, c.Quote, sources))).FirstOrDefault(r => r.Reason is not null);
                if (failure.Item2 is null)
                {
                    verified++;
                    points.Add(point);
                    continue;
                }

                dropped.Add(new DroppedClaim(point.Text, failure.Item1, failure.Item2));
                if (options.Value.Unverified == UnverifiedPolicy.Flag) points.Add(point with { Verified = false });
            }

            if (points.Count > 0) sections.Add(section with { Points = points });
        }

        var disagreements = draft.Disagreements
            .Select(d => d with { Positions = d.Positions.Where(p => Check(p.SourceId, p.Quote, sources) is null).ToList() })
            .Where(d => d.Positions.Select(p => p.SourceId).Distinct().Count() >= 2)
            .ToList();
        return new VerifiedDraft(sections, disagreements, new VerificationReport(claims, verified, dropped));
    }

    private static string? Check(string sourceId, string quote, IReadOnlyDictionary<string, string> sources)
    {
        if (!sources.TryGetValue(sourceId, out var text)) return $"unknown source id '{sourceId}'";
        var q = QuoteNormalizer.Normalize(quote);
        if (q.Length == 0) return "empty quote";
        return text.Contains(q, StringComparison.Ordinal) ? null : $"quote not found in {sourceId}";
    }
}

using System.Globalization;
using Briefing.Domain;
using Briefing.Ingestion;

namespace Briefing.Service.Delivery;

/// <summary>The briefing shaped for the email templates; plain data, escaping is the template environment's job.</summary>
internal sealed record EmailView(
    string Title,
    string GeneratedAt,
    int Claims,
    int Verified,
    string Topic,
    string WebUrl,
    string UnsubscribeUrl,
    IReadOnlyList<EmailSource> Sources,
    IReadOnlyList<EmailStory> Stories,
    IReadOnlyList<EmailPoint> AlsoReported)
{
    public bool HasPdf { get; init; }

    /// <summary>Several stories or an "Also reported" list: each story gets a numbered title, its sections a smaller heading.</summary>
    public bool IsEdition { get; init; }

    public bool HasAlsoReported => AlsoReported.Count > 0;

    public int SectionLevel => IsEdition ? 3 : 2;

    public static EmailView From(BriefingDocument doc, string topic, string webUrl, string unsubscribeUrl, bool hasPdf)
    {
        var sources = doc.Sources.Select((s, i) => new EmailSource(i + 1, s.Id, s.Title, OutletName.Label(s.Outlet, i + 1), SafeLink(s.Url))).ToList();
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var number = 0;
        EmailPoint Numbered(Point p) => new(
            ++number,
            p.Text,
            string.Join(", ", p.Citations.Select(c => c.SourceId).Distinct().Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(s => s.Number).Select(s => s.Outlet)));
        var stories = doc.Stories.Select((story, i) => new EmailStory(
            i + 1,
            story.Title,
            story.Sections.Select(section => new EmailSection(section.Heading, section.Points.Select(Numbered).ToList())).ToList(),
            story.Disagreements.Select(d => new EmailDisagreement(d.Topic, d.Positions
                .Where(p => byId.ContainsKey(p.SourceId))
                .Select(p => new EmailPosition(p.Value, byId[p.SourceId].Outlet, p.Quote)).ToList())).ToList())).ToList();
        return new EmailView(
            doc.Title,
            doc.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            doc.Verification.Claims,
            doc.Verification.Verified,
            topic,
            webUrl,
            unsubscribeUrl,
            sources,
            stories,
            doc.AlsoReported.Select(Numbered).ToList())
        {
            HasPdf = hasPdf,
            IsEdition = doc.IsEdition,
        };
    }

    // Only web links become hrefs: a "javascript:" URL in an article's front matter must not.
    private static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}

internal sealed record EmailSource(int Number, string Id, string Title, string Outlet, string? Url);

internal sealed record EmailStory(int Number, string Title, IReadOnlyList<EmailSection> Sections, IReadOnlyList<EmailDisagreement> Disagreements)
{
    public bool HasDisagreements => Disagreements.Count > 0;
}

internal sealed record EmailSection(string Heading, IReadOnlyList<EmailPoint> Points);

internal sealed record EmailPoint(int Number, string Text, string Outlets);

internal sealed record EmailDisagreement(string Topic, IReadOnlyList<EmailPosition> Positions);

internal sealed record EmailPosition(string Value, string Outlet, string Quote);

using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Text;

namespace Briefing.Rendering;

/// <summary>
/// The briefing shaped for templates: sources numbered for citation markers across the whole edition, points
/// numbered for the coverage tables, one <see cref="StoryView"/> per story. Templates get plain data; escaping is
/// the template environment's job.
/// </summary>
internal sealed record BriefingView(
    string Title,
    string GeneratedAt,
    string Engine,
    int Claims,
    int Verified,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<PointView> AlsoReported,
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<DroppedClaim> Dropped)
{
    /// <summary>"model M · N calls · tokens in/out · estimated cost" for the LLM engine; null otherwise.</summary>
    public string? ModelLine { get; init; }

    /// <summary>What the engine worked around (fallbacks, re-chunking), shown so a reader knows how the briefing was made.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Several stories or an "Also reported" list: a table of contents and a titled section per story.</summary>
    public bool IsEdition { get; init; }

    /// <summary>The one story of a single-story briefing (rendered as before editions); the first story of an edition.</summary>
    public StoryView? Story => Stories.Count > 0 ? Stories[0] : null;

    /// <summary>Heading level of a story's sections: h2 in a single-story briefing, h3 under the story's title in an edition.</summary>
    public int SectionLevel => IsEdition ? 3 : 2;

    /// <summary>Heading level of a disagreement's topic, one under <see cref="SectionLevel"/>.</summary>
    public int TopicLevel => SectionLevel + 1;

    public bool HasAlsoReported => AlsoReported.Count > 0;

    public bool HasNotes => Notes.Count > 0;

    public bool HasSkipped => Skipped.Count > 0;

    public bool HasDropped => Dropped.Count > 0;

    /// <summary>The page's language: the one the briefing's script identifies (see <see cref="ScriptLanguage"/>), else English.</summary>
    public string Lang => ScriptLanguage.Of(string.Join(' ', Stories.SelectMany(s => s.Sections).SelectMany(s => s.Points).Select(p => p.Text).Prepend(Title))) ?? "en";

    public static BriefingView From(BriefingDocument doc)
    {
        var sources = doc.Sources.Select((s, i) => new SourceView(i + 1, s.Id, s.Title, OutletName.Label(s.Outlet, i + 1), SafeLink(s.Url), Path.GetFileName(s.File), s.WordCount)).ToList();
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var number = 0;
        PointView Numbered(Point p) => Point(++number, p, byId);
        var stories = doc.Stories.Select((story, i) => StoryView.From(i + 1, doc.IsEdition ? $"story-{i + 1}-" : "", story, byId, Numbered)).ToList();
        return new BriefingView(
            doc.Title,
            doc.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            doc.Engine,
            doc.Verification.Claims,
            doc.Verification.Verified,
            sources,
            stories,
            doc.AlsoReported.Select(Numbered).ToList(),
            doc.Run.Skipped,
            doc.Verification.Dropped)
        {
            ModelLine = doc.Run.Model is { } m
                ? FormattableString.Invariant($"model {m.Model} · {m.Calls.Count} calls · {m.CachedArticles} articles from cache · tokens {m.InputTokens:N0} in / {m.OutputTokens:N0} out") + (m.EstimatedCost is { } c ? FormattableString.Invariant($" · estimated cost {c:0.####}") : "")
                : null,
            Notes = doc.Run.Warnings,
            IsEdition = doc.IsEdition,
        };
    }

    private static PointView Point(int number, Point p, IReadOnlyDictionary<string, SourceView> byId)
    {
        var cited = p.Citations.Select(c => c.SourceId).Distinct().Where(byId.ContainsKey).Select(id => byId[id]).OrderBy(s => s.Number).ToList();
        var citations = p.Citations.Where(c => byId.ContainsKey(c.SourceId)).Select(c => new CitationView(byId[c.SourceId], c.Quote)).ToList();
        return new PointView(number, p.Text, p.Verified, cited, citations, cited.Count);
    }

    // Only web links become hrefs: a "javascript:" URL in an article's front matter must not.
    private static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    internal static string Shorten(string text) =>
        text.Length <= 90 ? text : text[..text.LastIndexOf(' ', 87)] + "…";
}

internal sealed record SourceView(int Number, string Id, string Title, string Outlet, string? Url, string File, int WordCount)
{
    public string? Lang => ScriptLanguage.Of(Title);
}

internal sealed record SectionView(string Heading, IReadOnlyList<PointView> Points);

internal sealed record PointView(int Number, string Text, bool Verified, IReadOnlyList<SourceView> Sources, IReadOnlyList<CitationView> Citations, int SourceCount)
{
    public bool Corroborated => SourceCount > 1;

    /// <summary>The point is written in other words than its first quote (LLM engine): its quotes are shown with it.</summary>
    public bool Paraphrased => Citations.Count > 0 && Citations[0].Quote != Text;

    public bool ShowQuotes => Corroborated || Paraphrased;

    public string? Lang => ScriptLanguage.Of(Text);
}

internal sealed record CitationView(SourceView Source, string Quote)
{
    public string? Lang => ScriptLanguage.Of(Quote);
}

internal sealed record DisagreementView(string Topic, IReadOnlyList<PositionView> Positions);

internal sealed record PositionView(SourceView Source, string Value, string Quote)
{
    public string? Lang => ScriptLanguage.Of(Quote);
}

internal sealed record CoverageRow(int Number, string Text, IReadOnlyList<bool> Cells, int Count);

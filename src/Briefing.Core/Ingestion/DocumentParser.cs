using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>One decoded input, in any format, into title, metadata and cleaned sentences.</summary>
internal static class DocumentParser
{
    private static readonly IReadOnlyDictionary<DocumentFormat, IFormatParser> Parsers =
        new IFormatParser[] { new TextFormatParser(), new MarkdownFormatParser(), new HtmlFormatParser() }.ToDictionary(p => p.Format);

    public static (ParsedDocument Document, string? Warning) Parse(string name, string decoded) =>
        Parse(name, decoded, DocumentFormats.Of(name, null) ?? DocumentFormat.Text, ArticleMetadata.None);

    /// <summary>
    /// Everything read, its name and the metadata a caller gave are neutralised first (<see cref="TextNeutralizer"/>):
    /// HTML again after extraction, since character references such as <c>&amp;#x202E;</c> only become characters then.
    /// </summary>
    public static (ParsedDocument Document, string? Warning) Parse(string name, string decoded, DocumentFormat format, ArticleMetadata given)
    {
        var file = TextNeutralizer.Neutralize(name);
        var reading = Parsers[format].Read(TextNeutralizer.Neutralize(decoded));
        var meta = reading.Meta;
        var cleaned = ArticleCleaner.Clean(reading.Body, reading.DetectHeadline);
        var paragraphs = cleaned.Paragraphs
            .Select(p => (IReadOnlyList<string>)SentenceSplitter.Split(p).Select(GluedHeading.Strip).Where(s => s.Length > 0).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        var url = Neutral(given.Url) ?? meta.Url;
        var label = (Neutral(given.Title) ?? meta.Title ?? cleaned.Headline) is null ? ArticleLabel.FromLead(paragraphs) : null;
        var title = Neutral(given.Title) ?? meta.Title ?? cleaned.Headline ?? label ?? Path.GetFileNameWithoutExtension(file);
        var outlet = Neutral(given.Outlet) ?? meta.Outlet ?? cleaned.Outlet ?? OutletName.FromUrl(url);
        return (new ParsedDocument(file, reading.SourceText, title, outlet, url, given.Published ?? meta.Published, paragraphs) { TitleIsLabel = label is not null }, reading.Warning);
    }

    public static string? Neutral(string? text) => text is null ? null : Whitespace.Collapse(TextNeutralizer.Neutralize(text)) is { Length: > 0 } t ? t : null;
}

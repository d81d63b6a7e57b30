using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>Reads one decoded file (text, Markdown or HTML) into title, metadata and cleaned sentences.</summary>
internal static class DocumentParser
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>
    /// Everything read from the file, and its name, is neutralised first (<see cref="TextNeutralizer"/>): HTML again
    /// after extraction, since character references such as <c>&amp;#x202E;</c> only become characters then.
    /// </summary>
    public static (ParsedDocument Document, string? Warning) Parse(string path, string text)
    {
        var file = TextNeutralizer.Neutralize(path);
        var decoded = TextNeutralizer.Neutralize(text);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        FrontMatter meta;
        string body;
        string? warning = null;
        if (extension is ".html" or ".htm")
        {
            (meta, body) = HtmlTextExtractor.Extract(decoded);
            meta = new FrontMatter(Neutral(meta.Title), Neutral(meta.Outlet), Neutral(meta.Url), meta.Published);
            body = TextNeutralizer.Neutralize(body);
        }
        else
        {
            IReadOnlyList<string> warnings;
            (meta, body, warnings) = FrontMatter.Parse(decoded);
            if (warnings.Count > 0) warning = string.Join("; ", warnings);
            if (extension is ".md" or ".markdown") body = MarkdownText.Strip(body, ref meta);
        }

        var cleaned = ArticleCleaner.Clean(body, detectHeadline: extension is not (".html" or ".htm"));
        var paragraphs = cleaned.Paragraphs
            .Select(p => (IReadOnlyList<string>)SentenceSplitter.Split(p).Select(GluedHeading.Strip).Where(s => s.Length > 0).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        var title = meta.Title ?? cleaned.Headline ?? Path.GetFileNameWithoutExtension(file);
        var outlet = meta.Outlet ?? cleaned.Outlet ?? HostOf(meta.Url);
        return (new ParsedDocument(file, extension is ".html" or ".htm" ? body : decoded, title, outlet, meta.Url, meta.Published, paragraphs), warning);
    }

    private static string? Neutral(string? text) => text is null ? null : Whitespace.Collapse(TextNeutralizer.Neutralize(text)) is { Length: > 0 } t ? t : null;

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;
}

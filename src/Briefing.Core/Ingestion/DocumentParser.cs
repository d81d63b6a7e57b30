using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>Reads one decoded file (text, Markdown or HTML) into title, metadata and cleaned sentences.</summary>
internal static class DocumentParser
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static (ParsedDocument Document, string? Warning) Parse(string file, string decoded)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        FrontMatter meta;
        string body;
        string? warning = null;
        if (extension is ".html" or ".htm")
        {
            (meta, body) = HtmlTextExtractor.Extract(decoded);
        }
        else
        {
            (meta, body, warning) = FrontMatter.Parse(decoded);
            if (extension is ".md" or ".markdown") body = MarkdownText.Strip(body, ref meta);
        }

        var cleaned = ArticleCleaner.Clean(body, detectHeadline: extension is not (".html" or ".htm"));
        var paragraphs = cleaned.Paragraphs
            .Select(p => (IReadOnlyList<string>)SentenceSplitter.Split(p).Select(GluedHeading.Strip).Where(s => s.Length > 0).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        var label = (meta.Title ?? cleaned.Headline) is null ? ArticleLabel.FromLead(paragraphs) : null;
        var title = meta.Title ?? cleaned.Headline ?? label ?? Path.GetFileNameWithoutExtension(file);
        var outlet = meta.Outlet ?? cleaned.Outlet ?? HostOf(meta.Url);
        return (new ParsedDocument(file, extension is ".html" or ".htm" ? body : decoded, title, outlet, meta.Url, meta.Published, paragraphs) { TitleIsLabel = label is not null }, warning);
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;
}

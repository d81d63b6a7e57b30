using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Ingestion;

/// <summary>Main text and metadata of an HTML page: scripts, styles, navigation and furniture dropped.</summary>
internal static class HtmlTextExtractor
{
    private const string Furniture =
        "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, svg, button, " +
        "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .advert, .ad, .ads, .share, .social, .related";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "BLOCKQUOTE", "PRE", "DIV", "SECTION", "ARTICLE", "MAIN", "TD", "DD", "DT",
    };

    public static (FrontMatter Meta, string Text) Extract(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var title = Meta(doc, "og:title") ?? Blank(doc.Title) ?? Blank(doc.QuerySelector("h1")?.TextContent);
        var outlet = Meta(doc, "og:site_name");
        var url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        var publishedText = Meta(doc, "article:published_time") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateTimeOffset? published = DateTimeOffset.TryParse(publishedText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

        foreach (var node in doc.QuerySelectorAll(Furniture).ToList()) node.Remove();
        foreach (var heading in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList()) heading.Remove();

        IElement? root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body;
        var paragraphs = new List<string>();
        if (root is not null) Collect(root, paragraphs);
        return (new FrontMatter(Blank(title), Blank(outlet), Blank(url), published), string.Join("\n\n", paragraphs));
    }

    // Leaf blocks become paragraphs; text directly inside a container with block children is kept too.
    private static void Collect(IElement element, List<string> paragraphs)
    {
        var hasBlockChild = element.Children.Any(c => Blocks.Contains(c.TagName) || c.Children.Any(g => Blocks.Contains(g.TagName)));
        if (!hasBlockChild)
        {
            var text = Blank(element.TextContent);
            if (text is not null) paragraphs.Add(text);
            return;
        }

        var inline = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && (Blocks.Contains(e.TagName) || e.Children.Any(g => Blocks.Contains(g.TagName))))
            {
                Flush(inline, paragraphs);
                Collect(e, paragraphs);
            }
            else
            {
                inline.Append(child.TextContent);
            }
        }

        Flush(inline, paragraphs);
    }

    private static void Flush(System.Text.StringBuilder inline, List<string> paragraphs)
    {
        var text = Blank(inline.ToString());
        if (text is not null) paragraphs.Add(text);
        inline.Clear();
    }

    private static string? Meta(IDocument doc, string property) =>
        Blank(doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
              ?? doc.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : Text.Whitespace.Collapse(s);
}

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
        var outlet = Meta(doc, "og:site_name") ?? JsonLdPublisher(doc);
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

    // Leaf blocks become paragraphs; text directly inside a container with block children is kept too. The walk keeps
    // its own stack: a page can nest elements as deep as it likes (20,000 divs) without touching the thread's stack.
    private static void Collect(IElement root, List<string> paragraphs)
    {
        if (!HasBlockChild(root))
        {
            Add(TextOf(root), paragraphs);
            return;
        }

        var stack = new Stack<(IElement Element, int Next, System.Text.StringBuilder Inline)>();
        stack.Push((root, 0, new System.Text.StringBuilder()));
        while (stack.Count > 0)
        {
            var (element, next, inline) = stack.Pop();
            if (next >= element.ChildNodes.Length)
            {
                Flush(inline, paragraphs);
                continue;
            }

            stack.Push((element, next + 1, inline));
            var child = element.ChildNodes[next];
            if (child is IElement e && IsBlockish(e))
            {
                Flush(inline, paragraphs);
                if (HasBlockChild(e)) stack.Push((e, 0, new System.Text.StringBuilder()));
                else Add(TextOf(e), paragraphs);
            }
            else
            {
                inline.Append(TextOf(child));
            }
        }
    }

    private static bool IsBlockish(IElement e) => Blocks.Contains(e.TagName) || e.Children.Any(g => Blocks.Contains(g.TagName));

    private static bool HasBlockChild(IElement element) => element.Children.Any(IsBlockish);

    // Node.TextContent, without recursion.
    private static string TextOf(INode node)
    {
        if (node is IText leaf) return leaf.Data;
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            for (var i = n.ChildNodes.Length - 1; i >= 0; i--) stack.Push(n.ChildNodes[i]);
        }

        return sb.ToString();
    }

    private static void Add(string text, List<string> paragraphs)
    {
        var t = Blank(text);
        if (t is not null) paragraphs.Add(t);
    }

    private static void Flush(System.Text.StringBuilder inline, List<string> paragraphs)
    {
        var text = Blank(inline.ToString());
        if (text is not null) paragraphs.Add(text);
        inline.Clear();
    }

    // schema.org's NewsArticle: {"publisher": {"name": "..."}} (or a plain string), possibly inside an array or @graph.
    private static string? JsonLdPublisher(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']").Take(8))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent, new System.Text.Json.JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
                if (Publisher(json.RootElement, 0) is { } name) return name;
            }
            catch (System.Text.Json.JsonException)
            {
                // A page's broken JSON-LD is its own business; the next clue is tried.
            }
        }

        return null;
    }

    private static string? Publisher(System.Text.Json.JsonElement node, int depth)
    {
        if (depth > 3) return null;
        if (node.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            return node.EnumerateArray().Take(16).Select(e => Publisher(e, depth + 1)).FirstOrDefault(n => n is not null);
        }

        if (node.ValueKind != System.Text.Json.JsonValueKind.Object) return null;
        if (node.TryGetProperty("publisher", out var publisher))
        {
            var name = publisher.ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => publisher.GetString(),
                System.Text.Json.JsonValueKind.Object when publisher.TryGetProperty("name", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (Blank(name) is { Length: <= 200 } found) return found;
        }

        return node.TryGetProperty("@graph", out var graph) ? Publisher(graph, depth + 1) : null;
    }

    private static string? Meta(IDocument doc, string property) =>
        Blank(doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
              ?? doc.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : Text.Whitespace.Collapse(s);
}

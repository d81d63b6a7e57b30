using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Briefing.TestKit.Hostile;

/// <summary>A rendering parsed as a browser would (Markdown through Markdig first): its shape and what in it could act.</summary>
public sealed class ParsedOutput
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private readonly IDocument _document;

    private ParsedOutput(string text, IDocument document)
    {
        Text = text;
        _document = document;
    }

    public string Text { get; }

    public string TextContent => _document.DocumentElement.TextContent;

    public static ParsedOutput Html(string html) => new(html, new HtmlParser().ParseDocument(html));

    public static ParsedOutput Markdown(string markdown) => new(markdown, new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>Every element with its attribute names, in document order: equal for hostile and plain text when nothing in the text became markup.</summary>
    public IReadOnlyList<string> Shape() =>
        _document.All.Select(e => e.LocalName + "[" + string.Join(",", e.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal)) + "]").ToList();

    /// <summary>Scripts, event handlers, embedded content, links other than http(s), site paths and anchors, and invisible or control characters.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(_document.QuerySelectorAll("script, img, svg, iframe, object, embed").Select(e => "element " + e.LocalName));
        foreach (var e in _document.All)
        {
            foreach (var a in e.Attributes)
            {
                if (a.Name.StartsWith("on", StringComparison.Ordinal)) problems.Add($"handler {e.LocalName} {a.Name}");
                if (a.Name is "href" or "src" or "action" && !SafeUrl(a.Value)) problems.Add($"url {e.LocalName} {a.Name}={a.Value}");
            }
        }

        problems.AddRange(Text.Where(c => c is not ('\n' or '\r' or '\t') && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            .Distinct().Select(c => $"character U+{(int)c:X4}"));
        return problems;
    }

    private static bool SafeUrl(string value)
    {
        var end = value.IndexOfAny(['/', '?', '#']);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || (end >= 0 && end < colon)) return true;
        var scheme = value[..colon].ToLowerInvariant();
        return scheme is "http" or "https" || value == "data:,";
    }
}

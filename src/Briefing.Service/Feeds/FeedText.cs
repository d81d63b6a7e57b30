using AngleSharp.Html.Parser;
using Briefing.Text;

namespace Briefing.Service.Feeds;

/// <summary>Feed fields often carry escaped HTML; readers get plain text with white space collapsed.</summary>
internal static class FeedText
{
    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        if (html.IndexOfAny(['<', '&']) < 0) return Whitespace.Collapse(html);
        var doc = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var node in doc.QuerySelectorAll("script, style, noscript, template, iframe").ToList()) node.Remove();
        foreach (var block in doc.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr")) block.Append(doc.CreateTextNode(" "));
        var text = Whitespace.Collapse(doc.Body?.TextContent ?? "");
        return text.Length == 0 ? null : text;
    }
}

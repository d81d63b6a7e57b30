using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Text;

namespace Briefing.Service.Feeds;

/// <summary>Feed fields often carry escaped HTML; readers get plain text with white space collapsed.</summary>
internal static class FeedText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME" };

    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        if (html.IndexOfAny(['<', '&']) < 0) return Whitespace.Collapse(html);
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body;
        var text = new StringBuilder(html.Length);
        if (body is not null) Append(body, text);
        var plain = Whitespace.Collapse(text.ToString());
        return plain.Length == 0 ? null : plain;
    }

    // Every element boundary becomes a space so "<p>a</p><p>b</p>" reads "a b"; inline tags inside words are rare in feeds.
    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !Skipped.Contains(e.TagName))
            {
                Append(e, text);
                if (e.TagName is not ("A" or "B" or "I" or "EM" or "STRONG" or "SPAN" or "CODE" or "SUB" or "SUP" or "ABBR")) text.Append(' ');
            }
        }
    }
}

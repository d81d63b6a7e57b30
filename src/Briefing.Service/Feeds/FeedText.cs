using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Text;

namespace Briefing.Service.Feeds;

/// <summary>Feed fields often carry escaped HTML; readers get plain text with white space collapsed.</summary>
internal static partial class FeedText
{
    /// <summary>Deeper markup is reduced by a plain tag strip instead of a parse (see <see cref="HtmlDepth"/>).</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME" };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "A", "B", "I", "EM", "STRONG", "SPAN", "CODE", "SUB", "SUP", "ABBR", "SMALL", "MARK", "Q", "CITE", "TIME",
    };

    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;

        // Character references such as &#1; get past the XML repair; the reader never needs control characters.
        if (html.Any(char.IsControl)) html = string.Concat(html.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)));
        if (html.IndexOfAny(['<', '&']) < 0) return Whitespace.Collapse(html);
        if (HtmlDepth.Max(html) > MaxDepth) return Whitespace.Collapse(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")));
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body;
        var plain = Whitespace.Collapse(body is null ? "" : TextOf(body));
        return plain.Length == 0 ? null : plain;
    }

    // Depth-first without recursion (a hostile feed can nest tags deeper than the stack). Every non-inline element
    // ends with a space so "<p>a</p><p>b</p>" reads "a b".
    private static string TextOf(IElement root)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when !Skipped.Contains(e.TagName):
                    if (!Inline.Contains(e.TagName)) pending.Push(e.Owner!.CreateTextNode(" "));
                    for (var i = e.ChildNodes.Length - 1; i >= 0; i--) pending.Push(e.ChildNodes[i]);
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}

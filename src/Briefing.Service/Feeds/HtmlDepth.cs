namespace Briefing.Service.Feeds;

/// <summary>
/// A linear estimate of how deeply a page nests its tags. HTML tree building costs grow with depth squared, so a
/// hostile page of nested &lt;div&gt;s would stall the parser; such pages are not parsed.
/// </summary>
internal static class HtmlDepth
{
    // Void elements, and elements whose end tags pages routinely omit, never count as nesting.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "param",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatLookup = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Max(ReadOnlySpan<char> html)
    {
        int depth = 0, max = 0;
        for (var lt = html.IndexOf('<'); lt >= 0 && lt < html.Length - 1; lt = html.IndexOf('<'))
        {
            html = html[(lt + 1)..];
            var closing = html[0] == '/';
            var name = closing ? html[1..] : html;
            var length = 0;
            while (length < name.Length && (char.IsAsciiLetterOrDigit(name[length]) || name[length] == '-')) length++;
            var gt = html.IndexOf('>');
            if (length == 0 || !char.IsAsciiLetter(name[0]) || gt < 0) continue;
            var selfClosing = html[gt - 1] == '/';
            if (!selfClosing && !FlatLookup.Contains(name[..length]))
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                max = Math.Max(max, depth);
            }

            html = html[gt..];
        }

        return max;
    }
}

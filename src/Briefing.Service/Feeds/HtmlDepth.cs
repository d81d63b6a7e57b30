using System.Text.RegularExpressions;

namespace Briefing.Service.Feeds;

/// <summary>
/// A linear estimate of how deeply a page nests its tags. HTML tree building costs grows with depth squared, so a
/// hostile page of nested &lt;div&gt;s would stall the parser; such pages are not parsed.
/// </summary>
internal static partial class HtmlDepth
{
    // Void elements, and elements whose end tags pages routinely omit, never count as nesting.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "param",
    };

    public static int Max(string html)
    {
        int depth = 0, max = 0;
        foreach (Match m in Tag().Matches(html))
        {
            if (Flat.Contains(m.Groups[2].Value) || m.Groups[3].Length > 0) continue;
            depth = m.Groups[1].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")]
    private static partial Regex Tag();
}

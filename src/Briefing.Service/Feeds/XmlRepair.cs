using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Service.Feeds;

/// <summary>
/// Makes a feed's text acceptable to an XML reader: illegal control characters removed, HTML entities made numeric
/// and stray ampersands escaped.
/// </summary>
internal static partial class XmlRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= 0x20 ? c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r') builder.Append(c);
        }

        return Ampersand().Replace(builder.ToString(), FixEntity);
    }

    private static string FixEntity(Match m)
    {
        if (m.Groups["num"].Success) return m.Value;
        var name = m.Groups["name"].Value;
        if (name.Length == 0) return "&amp;";
        if (XmlEntities.Contains(name)) return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return "&amp;" + name + ";";
        return string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
    }

    [GeneratedRegex(@"&(?:(?<num>#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|(?<name>[A-Za-z][A-Za-z0-9]{0,31});|(?<name>))")]
    private static partial Regex Ampersand();
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Service.Feeds;

/// <summary>
/// Turns the bytes of a feed into text an XML reader accepts: decoded by BOM or declared encoding, illegal
/// control characters removed, HTML entities made numeric and stray ampersands escaped.
/// </summary>
internal static partial class XmlRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
        var declared = DeclaredEncoding().Match(head);
        if (declared.Success)
        {
            try
            {
                var encoding = Encoding.GetEncoding(declared.Groups[1].Value);
                if (encoding.CodePage != Encoding.UTF8.CodePage) return encoding.GetString(bytes);
            }
            catch (ArgumentException)
            {
                // An unknown encoding name: UTF-8 is the likeliest truth.
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }

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

    [GeneratedRegex("""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex(@"&(?:(?<num>#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|(?<name>[A-Za-z][A-Za-z0-9]{0,31});|(?<name>))")]
    private static partial Regex Ampersand();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Service.Feeds;

/// <summary>Bytes to text: a BOM first, then the charset the server sent, then the document's own declaration, else UTF-8.</summary>
internal static partial class BodyDecoder
{
    // windows-125x and other legacy code pages, which old feeds and pages still declare.
    static BodyDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? charset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var declared = Declared().Match(Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]));
        return (Find(charset) ?? Find(declared.Success ? declared.Groups[1].Value : null) ?? Encoding.UTF8).GetString(bytes);
    }

    private static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim('"', '\'', ' '));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // <?xml ... encoding="..."?>, <meta charset="...">, <meta http-equiv="Content-Type" content="text/html; charset=...">
    [GeneratedRegex("""(?:encoding\s*=\s*["']|<meta[^>]*?charset\s*=\s*["']?)([A-Za-z0-9._-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Declared();
}

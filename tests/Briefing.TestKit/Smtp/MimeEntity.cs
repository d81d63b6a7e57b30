using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.TestKit.Smtp;

/// <summary>
/// Just enough of a MIME reader for tests to assert on saved .eml files: headers (unfolded, encoded words decoded),
/// the media type and its parameters, child parts of multiparts, and bodies with their transfer encoding undone.
/// </summary>
public sealed partial class MimeEntity
{
    private MimeEntity(IReadOnlyList<KeyValuePair<string, string>> headers, string mediaType, IReadOnlyDictionary<string, string> parameters, byte[] body, IReadOnlyList<MimeEntity> parts)
    {
        Headers = headers;
        MediaType = mediaType;
        Parameters = parameters;
        Body = body;
        Parts = parts;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>Lower-case type/subtype, "text/plain" when there is no Content-Type.</summary>
    public string MediaType { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    public byte[] Body { get; }

    public IReadOnlyList<MimeEntity> Parts { get; }

    public string Text => Encoding.GetEncoding(Parameters.GetValueOrDefault("charset") ?? "utf-8").GetString(Body);

    public static MimeEntity Load(string path) => Parse(File.ReadAllText(path, Encoding.Latin1));

    public static MimeEntity Parse(string raw)
    {
        raw = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 2)..];
        var headers = Unfold(head).Select(line =>
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            return new KeyValuePair<string, string>(line[..colon].Trim(), DecodeWords(line[(colon + 1)..].Trim()));
        }).ToList();
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
        var pieces = contentType.Split(';');
        var parameters = pieces.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim().Trim('"'), StringComparer.OrdinalIgnoreCase);
        var mediaType = pieces[0].Trim().ToLowerInvariant();
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var boundary = "--" + parameters["boundary"];
            var parts = body.Split(boundary + "--")[0].Split(boundary).Skip(1).Select(p => Parse(WithoutDelimiterBreak(p.TrimStart('\n')))).ToList();
            return new MimeEntity(headers, mediaType, parameters, [], parts);
        }

        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value?.ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return new MimeEntity(headers, mediaType, parameters, bytes, []);
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>This entity and all its descendants, depth first.</summary>
    public IEnumerable<MimeEntity> All() => Parts.SelectMany(p => p.All()).Prepend(this);

    // The line break before a boundary belongs to the boundary, not to the part (RFC 2046 5.1.1).
    private static string WithoutDelimiterBreak(string part) => part.EndsWith('\n') ? part[..^1] : part;

    private static IEnumerable<string> Unfold(string head)
    {
        var current = new StringBuilder();
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                current.Append(' ').Append(line.Trim());
                continue;
            }

            if (current.Length > 0) yield return current.ToString();
            current.Clear().Append(line);
        }

        if (current.Length > 0) yield return current.ToString();
    }

    private static byte[] QuotedPrintable(string body)
    {
        var text = body.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static string DecodeWords(string value) => EncodedWord().Replace(value, m =>
    {
        var charset = Encoding.GetEncoding(m.Groups[1].Value);
        var data = m.Groups[3].Value;
        var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(data)
            : QuotedPrintable(data.Replace('_', ' '));
        return charset.GetString(bytes);
    });

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?")]
    private static partial Regex EncodedWord();
}

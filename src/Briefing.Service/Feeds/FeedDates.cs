using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Service.Feeds;

/// <summary>Dates as feeds really write them: RFC 822 with or without weekday, seconds or a numeric zone, and ISO 8601.</summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["UTC"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
        ["BST"] = "+0100", ["CET"] = "+0100", ["CEST"] = "+0200", ["IST"] = "+0530", ["JST"] = "+0900",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (char.IsDigit(s[0]) && s.Length >= 10 && s[4] == '-' &&
            DateTimeOffset.TryParse(s.Replace(' ', 'T'), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
        {
            return iso;
        }

        var rfc = NormalizeRfc822(s);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }

    // "Tue, 10 Jun 2003 04:00:00 GMT" -> "10 Jun 2003 04:00:00 +00:00"; the weekday is dropped because feeds often get it wrong.
    private static string NormalizeRfc822(string s)
    {
        s = Weekday().Replace(s, "");
        s = Sept().Replace(s, "Sep");
        var m = TrailingZone().Match(s);
        if (m.Success)
        {
            var zone = m.Groups[1].Value;
            var offset = Zones.TryGetValue(zone, out var z) ? z : zone.Length == 5 && (zone[0] == '+' || zone[0] == '-') ? zone : null;
            s = offset is null ? s[..m.Index] : s[..m.Index] + " " + offset[..3] + ":" + offset[3..];
        }

        return Whitespaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"^\s*[A-Za-z]{3,9}\s*,?\s*(?=\d)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sept();

    [GeneratedRegex(@"\s+([A-Za-z]{1,4}|[+-]\d{4})\s*$")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespaces();
}

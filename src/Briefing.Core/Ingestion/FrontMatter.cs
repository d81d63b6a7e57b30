using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Briefing.Ingestion;

/// <summary>Optional YAML front matter of a Markdown or text file: title, outlet, url, published.</summary>
internal sealed record FrontMatter(string? Title, string? Outlet, string? Url, DateTimeOffset? Published)
{
    public static readonly FrontMatter None = new(null, null, null, null);

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Splits front matter from the body. A malformed block yields a warning and is kept out of the body.</summary>
    public static (FrontMatter Meta, string Body, string? Warning) Parse(string text)
    {
        var t = text.TrimStart('\uFEFF');
        if (!t.StartsWith("---", StringComparison.Ordinal)) return (None, text, null);
        var firstBreak = t.IndexOf('\n');
        if (firstBreak < 0 || t[..firstBreak].Trim() != "---") return (None, text, null);
        var close = t.IndexOf("\n---", firstBreak, StringComparison.Ordinal);
        if (close < 0) return (None, text, null);
        var yaml = t[(firstBreak + 1)..close];
        var afterClose = t.IndexOf('\n', close + 4);
        var body = afterClose < 0 ? "" : t[(afterClose + 1)..];
        try
        {
            var map = Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
            var fields = map.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value?.ToString());
            var published = fields.GetValueOrDefault("published") ?? fields.GetValueOrDefault("date");
            string? warning = null;
            DateTimeOffset? when = null;
            if (published is not null)
            {
                if (DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)) when = d;
                else warning = $"front matter field 'published' is not a date: '{published}'";
            }

            return (new FrontMatter(Blank(fields.GetValueOrDefault("title")), Blank(fields.GetValueOrDefault("outlet")), Blank(fields.GetValueOrDefault("url")), when), body, warning);
        }
        catch (YamlException ex)
        {
            return (None, body, $"front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}; metadata ignored");
        }
        catch (InvalidCastException)
        {
            return (None, body, "front matter is not a YAML mapping of fields; metadata ignored");
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using YamlDotNet.Core;

namespace Briefing.Ingestion;

/// <summary>Optional YAML front matter of a Markdown or text file: title, outlet, url, published.</summary>
internal sealed record FrontMatter(string? Title, string? Outlet, string? Url, DateTimeOffset? Published)
{
    public static readonly FrontMatter None = new(null, null, null, null);

    private static readonly string[] Known = ["title", "outlet", "url", "published", "date"];

    /// <summary>
    /// Splits front matter from the body. Keys are case-insensitive; a repeated key keeps its first value, and a list or
    /// mapping where a single value belongs is ignored, each with a warning. A malformed block yields a warning and is
    /// kept out of the body.
    /// </summary>
    public static (FrontMatter Meta, string Body, IReadOnlyList<string> Warnings) Parse(string text)
    {
        var t = text.TrimStart('\uFEFF');
        if (!t.StartsWith("---", StringComparison.Ordinal)) return (None, text, []);
        var firstBreak = t.IndexOf('\n');
        if (firstBreak < 0 || t[..firstBreak].Trim() != "---") return (None, text, []);
        var close = t.IndexOf("\n---", firstBreak, StringComparison.Ordinal);
        if (close < 0) return (None, text, []);
        var yaml = t[(firstBreak + 1)..close];
        var afterClose = t.IndexOf('\n', close + 4);
        var body = afterClose < 0 ? "" : t[(afterClose + 1)..];
        try
        {
            var (fields, duplicates) = YamlFields.Read(yaml);
            var warnings = duplicates.Where(Known.Contains).Distinct()
                .Select(k => $"front matter key '{k}' appears more than once; the first value is used").ToList();
            warnings.AddRange(Known.Where(k => fields.TryGetValue(k, out var v) && v is null)
                .Select(k => $"front matter key '{k}' is not a single value (a list or a mapping); ignored"));
            var published = fields.GetValueOrDefault("published") ?? fields.GetValueOrDefault("date");
            DateTimeOffset? when = null;
            if (published is not null)
            {
                if (DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)) when = d;
                else warnings.Add($"front matter field 'published' is not a date: '{published}'");
            }

            return (new FrontMatter(Blank(fields.GetValueOrDefault("title")), Blank(fields.GetValueOrDefault("outlet")), Blank(fields.GetValueOrDefault("url")), when), body, warnings);
        }
        catch (YamlException ex)
        {
            return (None, body, [$"front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}; metadata ignored"]);
        }
        catch (InvalidCastException)
        {
            return (None, body, ["front matter is not a YAML mapping of fields; metadata ignored"]);
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

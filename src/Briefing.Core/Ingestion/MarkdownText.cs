using System.Text.RegularExpressions;

namespace Briefing.Ingestion;

/// <summary>Drops Markdown headings (the first becomes the title when front matter has none) and image lines.</summary>
internal static partial class MarkdownText
{
    public static string Strip(string body, ref FrontMatter meta)
    {
        var lines = new List<string>();
        foreach (var line in body.Replace("\r\n", "\n").Split('\n'))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                if (meta.Title is null) meta = meta with { Title = heading.Groups[1].Value.Trim() };
                lines.Add("");
                continue;
            }

            if (Image().IsMatch(line)) continue;
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*!\[[^\]]*\]\([^)]*\)\s*$")]
    private static partial Regex Image();
}

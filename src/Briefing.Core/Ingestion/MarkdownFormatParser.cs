namespace Briefing.Ingestion;

/// <summary>Markdown with optional YAML front matter; markup is stripped and the first heading may become the title.</summary>
internal sealed class MarkdownFormatParser : IFormatParser
{
    public DocumentFormat Format => DocumentFormat.Markdown;

    public FormatReading Read(string decoded)
    {
        var (meta, body, warnings) = FrontMatter.Parse(decoded);
        body = MarkdownText.Strip(body, ref meta);
        return new FormatReading(meta, body, decoded, DetectHeadline: true, TextFormatParser.Join(warnings));
    }
}

namespace Briefing.Ingestion;

/// <summary>Plain text with optional YAML front matter.</summary>
internal sealed class TextFormatParser : IFormatParser
{
    public DocumentFormat Format => DocumentFormat.Text;

    public FormatReading Read(string decoded)
    {
        var (meta, body, warning) = FrontMatter.Parse(decoded);
        return new FormatReading(meta, body, decoded, DetectHeadline: true, warning);
    }
}

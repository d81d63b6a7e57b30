namespace Briefing.Ingestion;

/// <summary>Plain text with optional YAML front matter.</summary>
internal sealed class TextFormatParser : IFormatParser
{
    public DocumentFormat Format => DocumentFormat.Text;

    public FormatReading Read(string decoded)
    {
        var (meta, body, warnings) = FrontMatter.Parse(decoded);
        return new FormatReading(meta, body, decoded, DetectHeadline: true, Join(warnings));
    }

    public static string? Join(IReadOnlyList<string> warnings) => warnings.Count == 0 ? null : string.Join("; ", warnings);
}

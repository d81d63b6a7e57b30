using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>An HTML page: its main text and its metadata (og:*, title, canonical link, publication time).</summary>
internal sealed class HtmlFormatParser : IFormatParser
{
    public DocumentFormat Format => DocumentFormat.Html;

    public FormatReading Read(string decoded)
    {
        var (meta, text) = HtmlTextExtractor.Extract(decoded);
        meta = new FrontMatter(DocumentParser.Neutral(meta.Title), DocumentParser.Neutral(meta.Outlet), DocumentParser.Neutral(meta.Url), meta.Published);
        text = TextNeutralizer.Neutralize(text);
        return new FormatReading(meta, text, text, DetectHeadline: false, null);
    }
}

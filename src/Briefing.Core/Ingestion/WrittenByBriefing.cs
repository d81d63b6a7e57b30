namespace Briefing.Ingestion;

/// <summary>Recognises a briefing this program wrote, so a second run over a folder never briefs its own output.</summary>
internal static class WrittenByBriefing
{
    /// <summary>The line every Markdown briefing ends with.</summary>
    public const string MarkdownMarker = "<!-- written by Briefing -->";

    private const string HtmlMarker = "<meta name=\"generator\" content=\"Briefing";

    public static bool Recognise(string text, DocumentFormat format) => format switch
    {
        DocumentFormat.Html => text.Contains(HtmlMarker, StringComparison.Ordinal),
        DocumentFormat.Markdown or DocumentFormat.Text => text.TrimEnd().EndsWith(MarkdownMarker, StringComparison.Ordinal),
        _ => false,
    };
}

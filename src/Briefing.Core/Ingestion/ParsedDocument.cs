namespace Briefing.Ingestion;

/// <summary>A readable input file before it is given a source id.</summary>
internal sealed record ParsedDocument(
    string File,
    string SourceText,
    string Title,
    string? Outlet,
    string? Url,
    DateTimeOffset? Published,
    IReadOnlyList<IReadOnlyList<string>> Paragraphs)
{
    public IEnumerable<string> AllSentences => Paragraphs.SelectMany(p => p);
}

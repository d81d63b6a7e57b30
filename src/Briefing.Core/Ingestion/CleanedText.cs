namespace Briefing.Ingestion;

/// <summary>An article body after cleaning: verbatim paragraphs, plus a headline and outlet found in it.</summary>
internal sealed record CleanedText(string? Headline, string? Outlet, IReadOnlyList<string> Paragraphs);

namespace Briefing.Ingestion;

/// <summary>
/// What a format parser found: metadata, the body to clean, the text quotes are checked against, whether a leading
/// headline may be taken from the body, and a warning about the input if any.
/// </summary>
internal sealed record FormatReading(FrontMatter Meta, string Body, string SourceText, bool DetectHeadline, string? Warning);

namespace Briefing.Service.Storage;

/// <summary>Everything stored when a briefing is done; the PDF is null (with a reason) when it could not be printed.</summary>
public sealed record BriefingRenderings(string Title, string Json, string Html, string Markdown, byte[]? Pdf, string? PdfError, string SearchText, string ETag);

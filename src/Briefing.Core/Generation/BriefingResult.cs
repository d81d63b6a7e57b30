using Briefing.Domain;

namespace Briefing.Generation;

/// <summary>The briefing, the files written, and the PDF error if that step alone failed.</summary>
public sealed record BriefingResult(BriefingDocument Briefing, IReadOnlyList<string> Written, BriefingException? PdfError);

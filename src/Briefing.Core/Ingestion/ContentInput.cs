namespace Briefing.Ingestion;

/// <summary>The bytes of an uploaded file, with its name and, when known, its media type.</summary>
public sealed record ContentInput(string Name, ReadOnlyMemory<byte> Content, string? MediaType) : ArticleInput(Name);

namespace Briefing.Ingestion;

/// <summary>Text already decoded (pasted, or a feed item's content) with metadata supplied by the caller.</summary>
public sealed record TextInput(string Name, string Text, ArticleMetadata Metadata, string? MediaType) : ArticleInput(Name);

namespace Briefing.Ingestion;

/// <summary>A file or a folder on disk. <see cref="Exclude"/> lists folders never read (such as the output folder).</summary>
public sealed record PathInput(string Path, IReadOnlyList<string> Exclude) : ArticleInput(Path);

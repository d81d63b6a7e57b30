namespace Briefing.Ingestion;

/// <summary>Turns input files and folders into cleaned, de-duplicated articles; never throws for one bad file.</summary>
public interface IArticleLoader
{
    Task<IngestionResult> LoadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken);
}

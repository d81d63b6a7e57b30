namespace Briefing.Ingestion;

/// <summary>Turns inputs (paths, uploads, pasted text) into cleaned, de-duplicated articles; never throws for one bad input.</summary>
public interface IArticleLoader
{
    Task<IngestionResult> LoadAsync(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken);
}

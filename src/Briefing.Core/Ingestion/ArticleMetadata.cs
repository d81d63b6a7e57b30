namespace Briefing.Ingestion;

/// <summary>What a caller knows about an article besides its text; null fields are taken from the text itself.</summary>
public sealed record ArticleMetadata(string? Title = null, string? Outlet = null, string? Url = null, DateTimeOffset? Published = null)
{
    public static readonly ArticleMetadata None = new();
}

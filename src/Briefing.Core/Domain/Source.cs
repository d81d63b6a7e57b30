namespace Briefing.Domain;

/// <summary>A source as listed in the briefing.</summary>
public sealed record Source(string Id, string Title, string? Outlet, string? Url, string File, int WordCount)
{
    public static Source From(Article article) =>
        new(article.Id, article.Title, article.Outlet, article.Url, article.File, article.WordCount);
}

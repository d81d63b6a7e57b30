using Briefing.Ingestion;
using Briefing.Domain;
using Microsoft.Extensions.Options;

namespace Briefing.Tests;

/// <summary>Articles for tests: the seed story, or small made-up ones.</summary>
internal static class Stories
{
    public static async Task<IReadOnlyList<Article>> SeedsAsync() =>
        (await new ArticleLoader(Options.Create(new IngestionOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleLoader>.Instance).LoadAsync([ArticleInput.FromPath(Repo.Seeds)], default)).Articles;

    public static Article Make(string id, params string[] sentences) =>
        new(id, $"Article {id}", $"Outlet {id}", null, null, $"{id}.txt", string.Join(" ", sentences),
            sentences.Select((s, i) => new Sentence(id, i, 0, s)).ToList());
}

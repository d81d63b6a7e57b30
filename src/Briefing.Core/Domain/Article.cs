namespace Briefing.Domain;

/// <summary>One cleaned source article. <see cref="SourceText"/> is the decoded input the quotes are checked against.</summary>
public sealed record Article(
    string Id,
    string Title,
    string? Outlet,
    string? Url,
    DateTimeOffset? Published,
    string File,
    string SourceText,
    IReadOnlyList<Sentence> Sentences)
{
    public int WordCount { get; } = Sentences.Sum(s => s.WordCount);
}

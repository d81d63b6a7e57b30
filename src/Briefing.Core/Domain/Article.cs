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
    /// <summary>True when the file had no title and <see cref="Title"/> is a label made from its lead.</summary>
    public bool TitleIsLabel { get; init; }

    public int WordCount { get; } = Sentences.Sum(s => s.WordCount);
}

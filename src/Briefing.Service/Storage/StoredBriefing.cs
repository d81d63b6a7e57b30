namespace Briefing.Service.Storage;

/// <summary>A briefing as stored: its request, its state and, when done, its JSON contract.</summary>
public sealed record StoredBriefing(
    Guid Id,
    string Title,
    BriefingStatus Status,
    string? Stage,
    string? Error,
    string? Engine,
    int? Words,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    string? ETag,
    string? Json,
    string? PdfError)
{
    /// <summary>How many stories the edition shows at most; null means Stories:MaxStories.</summary>
    public int? MaxStories { get; init; }

    /// <summary>Every article as one story, without grouping.</summary>
    public bool OneStory { get; init; }
}

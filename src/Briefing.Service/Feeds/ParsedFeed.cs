namespace Briefing.Service.Feeds;

/// <summary>What the parser made of a document: a feed (with <paramref name="Error"/> set when it was damaged part-way
/// and only the items before the damage were read), or the reason it is not one.</summary>
/// <param name="IsHtml">True when an HTML page was served in place of a feed.</param>
internal sealed record ParsedFeed(FeedFormat? Format, string? Title, IReadOnlyList<FeedItem> Items, string? Error, bool IsHtml = false)
{
    /// <summary>What the parser left out on purpose, for the source's report (a DTD's entities are never expanded).</summary>
    public string? Notice { get; init; }

    public bool IsFeed => Format is not null;

    public static ParsedFeed Failed(string error, bool isHtml = false) => new(null, null, [], error, isHtml);
}

namespace Briefing.Service.Storage;

/// <summary>One input article of a stored briefing, kept as given (bytes and the caller's metadata).</summary>
public sealed record StoredArticle(int Position, string Name, string? MediaType, byte[] Content, string? Title = null, string? Outlet = null, string? Url = null, DateTimeOffset? Published = null);

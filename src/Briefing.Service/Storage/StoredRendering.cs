namespace Briefing.Service.Storage;

/// <summary>One stored rendering of a finished briefing with what a download needs: bytes, ETag, title and date.</summary>
public sealed record StoredRendering(byte[] Content, string ETag, string Title, DateTimeOffset CompletedAt);

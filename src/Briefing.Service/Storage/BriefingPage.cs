namespace Briefing.Service.Storage;

/// <summary>One page of the archive, newest first.</summary>
public sealed record BriefingPage(IReadOnlyList<StoredBriefing> Items, int Total, int Page, int PageSize);

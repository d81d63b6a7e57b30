namespace Briefing.Service.Topics;

/// <summary>What a run of a topic did: the edition it was about (null when none) and, for a refusal or failure, why.</summary>
public sealed record EditionRun(EditionOutcome Outcome, string Topic, DateOnly? Date, string? Reason = null, Guid? BriefingId = null);

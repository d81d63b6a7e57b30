namespace Briefing.Service.Topics;

/// <summary>One edition of a topic: its date in the topic's time zone, its state, and the briefing it made.</summary>
public sealed record Edition(string Topic, DateOnly Date, string Status, string? Reason, Guid? BriefingId, DateTimeOffset ScheduledFor, DateTimeOffset CreatedAt);

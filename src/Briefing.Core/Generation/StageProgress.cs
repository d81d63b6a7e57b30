namespace Briefing.Generation;

/// <summary>A stage started or finished; <paramref name="Detail"/> says what it found.</summary>
public sealed record StageProgress(string Stage, bool Done, string Detail);

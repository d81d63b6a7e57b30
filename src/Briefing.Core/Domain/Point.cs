namespace Briefing.Domain;

/// <summary>One claim of the briefing with the citations that support it.</summary>
public sealed record Point(string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>False only when verification is set to flag, not drop, a claim whose quotes were not all found.</summary>
    public bool Verified { get; init; } = true;
}

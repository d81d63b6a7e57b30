namespace Briefing.Domain;

/// <summary>How many claims were checked and how many had every quote found in its source.</summary>
public sealed record VerificationReport(int Claims, int Verified, IReadOnlyList<DroppedClaim> Dropped)
{
    /// <summary>Citations (and disagreement sides) removed from claims that were kept, each with its reason.</summary>
    public IReadOnlyList<DroppedClaim> DroppedCitations { get; init; } = [];
}

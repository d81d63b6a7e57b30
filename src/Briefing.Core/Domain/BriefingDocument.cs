namespace Briefing.Domain;

/// <summary>The finished briefing: the contract behind briefing.json and every rendering.</summary>
public sealed record BriefingDocument(
    string Title,
    DateTimeOffset GeneratedAt,
    string Engine,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Disagreement> Disagreements,
    VerificationReport Verification,
    RunReport Run);

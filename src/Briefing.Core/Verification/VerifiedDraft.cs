using Briefing.Domain;

namespace Briefing.Verification;

public sealed record VerifiedDraft(string? Title, IReadOnlyList<Section> Sections, IReadOnlyList<Disagreement> Disagreements, VerificationReport Report);

using Briefing.Model;

namespace Briefing.Verification;

public sealed record VerifiedDraft(IReadOnlyList<Section> Sections, IReadOnlyList<Disagreement> Disagreements, VerificationReport Report);

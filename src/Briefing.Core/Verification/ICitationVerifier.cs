using Briefing.Domain;

namespace Briefing.Verification;

/// <summary>Checks every quote against its cited source before anything is rendered.</summary>
public interface ICitationVerifier
{
    VerifiedDraft Verify(BriefingDraft draft, IReadOnlyList<Article> articles);
}

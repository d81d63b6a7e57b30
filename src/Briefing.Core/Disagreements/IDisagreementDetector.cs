using Briefing.Domain;

namespace Briefing.Disagreements;

/// <summary>Finds facts the sources state differently.</summary>
public interface IDisagreementDetector
{
    IReadOnlyList<Disagreement> Detect(IReadOnlyList<Article> articles);
}

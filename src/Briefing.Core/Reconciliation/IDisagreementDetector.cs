using Briefing.Model;

namespace Briefing.Reconciliation;

/// <summary>Finds facts the sources state differently.</summary>
public interface IDisagreementDetector
{
    IReadOnlyList<Disagreement> Detect(IReadOnlyList<Article> articles);
}

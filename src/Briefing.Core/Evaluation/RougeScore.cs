namespace Briefing.Evaluation;

/// <summary>Recall, precision and F (alpha 0.5) of one ROUGE measure.</summary>
public sealed record RougeScore(double Recall, double Precision, double F)
{
    public static RougeScore From(double hits, double referenceCount, double candidateCount)
    {
        var r = referenceCount > 0 ? hits / referenceCount : 0;
        var p = candidateCount > 0 ? hits / candidateCount : 0;
        return new RougeScore(r, p, r + p > 0 ? 2 * r * p / (r + p) : 0);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Disagreements;

/// <summary>Settings for finding disagreements between sources (appsettings section "Disagreements").</summary>
public sealed class DisagreementOptions
{
    public const string Section = "Disagreements";

    /// <summary>Figures further apart than this factor are taken to be different facts, not a disagreement. The default value is 4.</summary>
    [Range(1.01, 100)]
    public double MaxRatio { get; set; } = 4;

    /// <summary>Figures closer than this relative difference agree. The default value is 0.02 (2%).</summary>
    [Range(0, 0.5)]
    public double Tolerance { get; set; } = 0.02;

    /// <summary>Sentences must be at least this similar to be about the same fact. The default value is 0.08.</summary>
    [Range(0, 1)]
    public double MinSentenceSimilarity { get; set; } = 0.08;
}

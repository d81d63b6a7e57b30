namespace Briefing.Verification;

/// <summary>What to do with a claim whose quote is not found (appsettings section "Verification").</summary>
public sealed class VerificationOptions
{
    public const string Section = "Verification";

    /// <summary>Drop (the default) removes unverifiable claims; Flag keeps them marked unverified.</summary>
    public UnverifiedPolicy Unverified { get; set; } = UnverifiedPolicy.Drop;

    /// <summary>A quote shorter than this many words cannot support a claim (it would match almost any text). The default value is 3.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 50)]
    public int MinQuoteWords { get; set; } = 3;

    /// <summary>
    /// Share of a point's content words that must occur in its quotes (numbers and links must all occur). Extractive
    /// points are their own quotes; this holds model-written points to what the sources say. The default value is 0.5.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0)]
    public double MinTermCoverage { get; set; } = 0.5;
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// Weights and thresholds of the embedded extractive engine (appsettings section "Extractive"). Beyond each key's
/// range, settings that contradict each other are refused at start-up, naming the keys.
/// </summary>
public sealed class ExtractiveOptions : IValidatableObject
{
    public const string Section = "Extractive";

    /// <summary>Weight of similarity to the story's centroid. The default value is 0.3.</summary>
    [Range(0, 10)]
    public double CentralityWeight { get; set; } = 0.3;

    /// <summary>Weight of the share of other sources carrying the same information. The default value is 1.0.</summary>
    [Range(0, 10)]
    public double CorroborationWeight { get; set; } = 1.0;

    /// <summary>Weight of being early in its article. The default value is 1.0.</summary>
    [Range(0, 10)]
    public double PositionWeight { get; set; } = 1.0;

    /// <summary>
    /// How much a sentence's score depends on how typical its article is of the story: 1 multiplies the score by the
    /// article's agreement with the other articles (the most typical article has 1), 0 ignores it. The default value is 1.
    /// </summary>
    [Range(0, 1)]
    public double ArticleAgreementWeight { get; set; } = 1.0;

    /// <summary>Cosine similarity at which another source's sentence counts as carrying the same information. The default value is 0.25.</summary>
    [Range(0.05, 1)]
    public double CorroborationThreshold { get; set; } = 0.25;

    /// <summary>A candidate this similar to an already chosen point is redundant. The default value is 0.25.</summary>
    [Range(0.05, 1)]
    public double RedundancyThreshold { get; set; } = 0.25;

    /// <summary>
    /// A candidate whose content is contained at least this much in a chosen point or in a sentence already found to
    /// state that point's fact (weighted containment, see <c>FactOverlap</c>) states the same fact: it is not listed again, and its source is cited for
    /// that point instead. 1 turns this off except for sentences wholly contained. The default value is 0.35.
    /// </summary>
    [Range(0.05, 1)]
    public double SameFactThreshold { get; set; } = 0.35;

    /// <summary>
    /// The containment that suffices when both sentences say the same thing happened to the event, in any of the
    /// wordings <c>FactTerms</c> lists ("came to a close", "have ended", "concluded"; "postponed", "put off", "delayed";
    /// "called off", "cancelled"...), and both or neither deny something ("without", "no", "not"). Such sentences
    /// share little else: "Talks ... came to a close without a breakthrough" and "Talks ... have ended with no concrete
    /// action". Set it to <see cref="SameFactThreshold"/> or above to give them no lower bar. The default value is 0.2.
    /// </summary>
    [Range(0.05, 1)]
    public double SameEventThreshold { get; set; } = 0.2;

    /// <summary>Sentences shorter than this are not candidates. The default value is 8 words.</summary>
    [Range(1, 100)]
    public int MinSentenceWords { get; set; } = 8;

    /// <summary>Never choose web-page furniture (sign-up prompts, cookie notices, photo credits, links). The default value is true.</summary>
    public bool SkipBoilerplate { get; set; } = true;

    /// <summary>Sentences longer than this are not candidates. The default value is 60 words.</summary>
    [Range(5, 500)]
    public int MaxSentenceWords { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // No sentence could be a candidate: the briefing would be empty.
        if (MinSentenceWords > MaxSentenceWords)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(MinSentenceWords)} ({MinSentenceWords}) must not exceed {Section}:{nameof(MaxSentenceWords)} ({MaxSentenceWords})",
                [nameof(MinSentenceWords), nameof(MaxSentenceWords)]);
        }
    }
}

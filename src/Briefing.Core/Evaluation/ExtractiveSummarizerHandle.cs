using Briefing.Summarization.Extractive;
using Microsoft.Extensions.Options;

namespace Briefing.Evaluation;

/// <summary>Gives evaluation the exact engine the briefing uses, with the configured settings.</summary>
public sealed class ExtractiveSummarizerHandle(IOptions<ExtractiveOptions> options)
{
    internal ExtractiveSummarizer Engine { get; } = new(options);
}

using Briefing.Domain;

namespace Briefing.Generation;

/// <summary>The one entry point every host calls: a request in, a verified briefing out.</summary>
public interface IBriefingGenerator
{
    /// <exception cref="BriefingException">Bad input, no usable articles or a configuration error; the kind says which.</exception>
    Task<BriefingDocument> GenerateAsync(GenerationRequest request, IProgress<StageProgress>? progress, CancellationToken cancellationToken);
}

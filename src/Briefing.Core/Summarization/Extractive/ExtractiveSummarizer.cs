using Briefing.Text;
using Briefing.Domain;
using Briefing.Disagreements;
using Microsoft.Extensions.Options;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// The embedded multi-document engine: every point is a verbatim sentence from one source, cited to it and to every
/// other source that carries the same information.
/// </summary>
internal sealed class ExtractiveSummarizer(IOptions<ExtractiveOptions> options, StoryIndexCache? indexes = null) : ISummarizer
{
    private readonly StoryIndexCache _indexes = indexes ?? new StoryIndexCache();

    public string Name => "extractive";

    public Task<BriefingDraft> SummarizeAsync(IReadOnlyList<Article> articles, int words, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(articles, words));

    public BriefingDraft Summarize(IReadOnlyList<Article> articles, int words)
    {
        var index = _indexes.For(articles);
        var ranked = SentenceScorer.Score(index, options.Value);
        var chosen = SentenceSelector.Select(index, ranked, words, options.Value);
        return new BriefingDraft(null, PointArranger.Arrange(index, chosen), []);
    }
}

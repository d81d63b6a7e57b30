using Briefing.Domain;

namespace Briefing.Summarization;

/// <summary>Turns the articles of one story into a draft briefing of cited points.</summary>
public interface ISummarizer
{
    /// <summary>The engine name reported in the briefing ("extractive", "llm").</summary>
    string Name { get; }

    Task<BriefingDraft> SummarizeAsync(IReadOnlyList<Article> articles, int words, CancellationToken cancellationToken);
}

namespace Briefing.Summarization.Llm;

/// <summary>A claim from one article with the verbatim sentences that support it.</summary>
internal sealed record ArticleClaim(string Claim, IReadOnlyList<string> Quotes);

/// <summary>Where an article's claims came from.</summary>
internal enum ClaimOrigin
{
    Model,
    Cache,
    Extractive,
}

/// <summary>One article's verified claims, as the reconcile step receives them.</summary>
internal sealed record ArticleClaims(string SourceId, IReadOnlyList<ArticleClaim> Claims, ClaimOrigin Origin);

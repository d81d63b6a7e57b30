using Briefing.LlmClient;
using Briefing.Domain;
using Briefing.Summarization.Extractive;
using Briefing.Verification;

namespace Briefing.Summarization.Llm;

/// <summary>One article's claims, what happened on the way, and the claims whose quotes did not hold.</summary>
internal sealed record MapOutcome(ArticleClaims Claims, IReadOnlyList<string> Notes, IReadOnlyList<DroppedClaim> Dropped)
{
    /// <summary>Why the model's claims were replaced by the extractive summary; null when they were not.</summary>
    public string? Fallback { get; init; }
}

/// <summary>
/// The map step for one article: from the cache if this article, prompt and model were seen before; else one call
/// (or, for a long article, one call per overlapping chunk and a combine call), then every quote checked against
/// the article. A context-length refusal re-chunks at half the budget; any other failure, or an answer with no
/// verifiable claim, falls back to the extractive summary of that article.
/// </summary>
internal sealed class ArticleMapper(StructuredCall call, LlmPrompts prompts, LlmOptions options, TokenCounter tokens, MapCache cache, ExtractiveSummarizer extractive, VerificationOptions verification)
{
    private const int MaxRechunks = 3;

    public async Task<MapOutcome> MapAsync(Article article, CancellationToken cancellationToken)
    {
        var key = MapCache.Key(article.SourceText, $"{prompts.Map.Version}/{prompts.Combine.Version}", options.ModelName ?? "", options.ChunkTokens, options.ClaimsPerArticle);
        if (cache.TryGet(key) is { Count: > 0 } cached) return new MapOutcome(new ArticleClaims(article.Id, cached, ClaimOrigin.Cache), [], []);

        var notes = new List<string>();
        var dropped = new List<DroppedClaim>();
        var sources = new SourceTexts([article], verification.MinQuoteWords);
        var budget = options.ChunkTokens;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var claims = await ExtractAsync(article, budget, sources, notes, dropped, cancellationToken);
                if (claims.Count == 0) return Fallback(article, "no claim in the model's answer had a verifiable quote", notes, dropped);
                cache.Put(key, claims);
                return new MapOutcome(new ArticleClaims(article.Id, claims, ClaimOrigin.Model), notes, dropped);
            }
            catch (ModelCallException ex) when (ex.Failure == ModelFailure.ContextLength && attempt < MaxRechunks && budget / 2 >= 50)
            {
                budget /= 2;
                notes.Add($"{article.Id}: the model's context was exceeded; re-chunked at {budget} tokens per chunk");
            }
            catch (ModelCallException ex)
            {
                return Fallback(article, $"map call failed ({ex.Failure}: {ex.Message})", notes, dropped);
            }
        }
    }

    private async Task<IReadOnlyList<ArticleClaim>> ExtractAsync(Article article, int budget, SourceTexts sources, List<string> notes, List<DroppedClaim> dropped, CancellationToken cancellationToken)
    {
        var chunks = Chunker.Split(article.Sentences, budget, options.ChunkOverlapSentences, tokens);
        var perChunk = await Task.WhenAll(chunks.Select(async (text, i) =>
        {
            var subject = chunks.Count == 1 ? article.Id : $"{article.Id} part {i + 1}/{chunks.Count}";
            var claims = await call.RunAsync(prompts.Map, PromptViews.Map(article, text, i + 1, chunks.Count, options.ClaimsPerArticle), ClaimSchemas.ClaimsName, ClaimSchemas.Claims, subject, AnswerReader.Claims, null, cancellationToken);
            return Verify(article.Id, claims, sources, dropped);
        }));
        if (chunks.Count == 1) return perChunk[0].Take(options.ClaimsPerArticle).ToList();

        try
        {
            var answer = await call.RunAsync(prompts.Combine, PromptViews.Combine(article, perChunk, options.ClaimsPerArticle), ClaimSchemas.ClaimsName, ClaimSchemas.Claims, $"{article.Id} ({chunks.Count} parts)", AnswerReader.Claims, null, cancellationToken);
            var combined = Verify(article.Id, answer, sources, dropped);
            if (combined.Count > 0) return combined.Take(options.ClaimsPerArticle).ToList();
            notes.Add($"{article.Id}: the combine answer had no verifiable claim; kept the parts' claims");
        }
        catch (ModelCallException ex) when (ex.Failure != ModelFailure.ContextLength)
        {
            notes.Add($"{article.Id}: combine call failed ({ex.Failure}: {ex.Message}); kept the parts' claims");
        }

        return perChunk.SelectMany(c => c).DistinctBy(c => c.Quotes[0]).Take(options.ClaimsPerArticle).ToList();
    }

    // A claim loses only the quotes not found (each reported) and keeps the source's exact text of the others; it is
    // dropped when none is found or when its wording fails the same support checks a briefing point must pass.
    private List<ArticleClaim> Verify(string sourceId, IReadOnlyList<ArticleClaim> claims, SourceTexts sources, List<DroppedClaim> dropped)
    {
        var kept = new List<ArticleClaim>();
        foreach (var claim in claims)
        {
            var checks = claim.Quotes.Select(q => sources.Check(sourceId, q)).ToList();
            var good = checks.Where(c => c.Match is not null).Select(c => c.Match!).DistinctBy(m => m.Exact).ToList();
            var reason = good.Count == 0 ? checks[0].Reason
                : PointSupport.Check(claim.Claim, good, verification.MinTermCoverage) is { } unsupported ? $"claim not backed by its quotes: {unsupported}"
                : null;
            lock (dropped)
            {
                if (reason is not null)
                {
                    dropped.Add(new DroppedClaim(claim.Claim, sourceId, $"map: {reason}"));
                    continue;
                }

                dropped.AddRange(checks.Where(c => c.Match is null).Select(c => new DroppedClaim(claim.Claim, sourceId, $"map: quote dropped, claim kept: {c.Reason}")));
            }

            kept.Add(claim with { Quotes = good.Select(m => m.Exact).ToList() });
        }

        return kept;
    }

    private MapOutcome Fallback(Article article, string reason, List<string> notes, List<DroppedClaim> dropped)
    {
        var draft = extractive.Summarize([article], options.ClaimsPerArticle * 30);
        var claims = draft.Sections.SelectMany(s => s.Points).Take(options.ClaimsPerArticle).Select(p => new ArticleClaim(p.Text, [p.Citations[0].Quote])).ToList();
        var note = $"{article.Id}: {reason}; used the extractive summary of this article ({claims.Count} sentences)";
        notes.Add(note);
        return new MapOutcome(new ArticleClaims(article.Id, claims, ClaimOrigin.Extractive), notes, dropped) { Fallback = note };
    }
}

using Briefing.LlmClient;
using Briefing.Domain;
using Briefing.Summarization.Extractive;
using Briefing.Text;
using Briefing.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The LLM engine. Map: every article (in parallel, at most Llm:MaxConcurrency at once) yields verified claims with
/// verbatim quotes. Reconcile: one call gets those claims, not the articles, and returns the titled, sectioned,
/// cited draft with disagreements. Degrades, never aborts: a failed map falls back to that article's extractive
/// summary, a failed reconcile to <see cref="ClaimReconciler"/>; a reconcile answer that verifies too thin is filled
/// up from it (<see cref="BudgetFill"/>). The pipeline then verifies every citation again.
/// </summary>
internal sealed class LlmSummarizer(
    Kernel kernel,
    LlmPrompts prompts,
    IOptions<LlmOptions> options,
    IOptions<VerificationOptions> verification,
    ExtractiveSummarizer extractive) : ISummarizer
{
    private readonly MapCache _cache = new(options.Value.CachePath);

    public string Name => "llm";

    public async Task<BriefingDraft> SummarizeAsync(IReadOnlyList<Article> articles, int words, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var ledger = new UsageLedger();
        var call = new StructuredCall(kernel, o, ledger);
        var tokens = kernel.Services.GetRequiredService<TokenCounter>();
        var mapper = new ArticleMapper(call, prompts, o, tokens, _cache, extractive, verification.Value);

        var maps = new MapOutcome[articles.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, articles.Count),
            new ParallelOptions { MaxDegreeOfParallelism = o.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => maps[i] = await mapper.MapAsync(articles[i], ct));

        var warnings = maps.SelectMany(m => m.Notes).ToList();
        var fallbacks = maps.Where(m => m.Fallback is not null).Select(m => m.Fallback!).ToList();
        var claims = maps.Select(m => m.Claims).ToList();
        var graph = new ClaimGraph(claims);
        BriefingDraft draft;
        var budget = o.ReconcileInputTokens;
        var outputCap = o.ReconcileOutputTokens ?? prompts.Reconcile.MaxOutputTokens ?? Math.Max(o.MaxOutputTokens, 800 + words * (2 + 2 * Math.Min(articles.Count, 5)));
        while (true)
        {
            try
            {
                var selected = ClaimReconciler.Select(graph, claims, budget, tokens);
                var sent = selected.Sum(c => c.Claims.Count);
                if (sent < graph.Items.Count) warnings.Add($"the reconcile call got {sent} of {graph.Items.Count} verified claims (Llm:ReconcileInputTokens {budget})");
                var answer = await call.RunAsync(
                    prompts.Reconcile,
                    PromptViews.Reconcile(articles, selected, words),
                    ClaimSchemas.BriefingName,
                    ClaimSchemas.Briefing(articles.Select(a => a.Id).ToList()),
                    $"{articles.Count} sources",
                    AnswerReader.Briefing,
                    outputCap,
                    cancellationToken);
                if (ledger.Calls[^1].Salvaged) warnings.Add($"the reconcile answer was cut off at the output limit ({outputCap} tokens); its complete points were kept");
                draft = Trim(answer, words, warnings);
                break;
            }
            catch (ModelCallException ex) when (ex.Failure == ModelFailure.ContextLength && budget / 2 >= 500)
            {
                // Too many claims for the model's context: send the strongest half again rather than give up.
                budget /= 2;
                warnings.Add($"the reconcile call exceeded the model's context; sent {budget} tokens of claims instead");
            }
            catch (ModelCallException ex)
            {
                var note = $"reconcile call failed ({ex.Failure}: {ex.Message}); the briefing was reconciled extractively from the verified claims";
                warnings.Add(note);
                fallbacks.Add(note);
                draft = ClaimReconciler.Reconcile(graph, words);
                break;
            }
        }

        draft = BudgetFill.Fill(draft, graph, articles, words, new CitationVerifier(verification), warnings);
        var calls = ledger.Calls;
        var report = new LlmReport(
            o.ModelName ?? "",
            o.ResolvedEndpoint is { } uri ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "", // no user info or query: they may hold secrets
            calls,
            claims.Count(c => c.Origin == ClaimOrigin.Cache),
            fallbacks,
            maps.SelectMany(m => m.Dropped).ToList())
        {
            EstimatedCost = UsageLedger.Cost(calls, o),
        };
        return draft with { Warnings = warnings, Model = report };
    }

    // The budget is for the reader: points past 125% of it are cut, and the cut is reported.
    private static BriefingDraft Trim(BriefingDraft draft, int words, List<string> warnings)
    {
        var limit = words * 5 / 4;
        var used = 0;
        var cut = 0;
        var sections = new List<Section>();
        foreach (var section in draft.Sections)
        {
            var points = new List<Point>();
            foreach (var point in section.Points)
            {
                var length = Tokenizer.CountWords(point.Text);
                if (used + length > limit)
                {
                    cut++;
                    continue;
                }

                used += length;
                points.Add(point);
            }

            if (points.Count > 0) sections.Add(section with { Points = points });
        }

        if (cut > 0) warnings.Add($"the model wrote past the {words}-word budget; {cut} trailing point(s) cut");
        return draft with { Sections = sections };
    }
}

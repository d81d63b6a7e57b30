using System.Diagnostics;
using Briefing.Disagreements;
using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Summarization;
using Briefing.Verification;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Generation;

/// <summary>
/// Runs the stages in order: ingest, summarize, find disagreements, verify. One bad article is reported and
/// skipped; the engine is chosen per request. Rendering is the host's next step (see IBriefingRenderer).
/// </summary>
internal sealed class BriefingGenerator(
    IArticleLoader loader,
    EngineSelector engines,
    IDisagreementDetector disagreements,
    ICitationVerifier verifier,
    IOptions<SummarizationOptions> summarization,
    TimeProvider time,
    ILogger<BriefingGenerator> logger) : IBriefingGenerator
{
    public async Task<BriefingDocument> GenerateAsync(GenerationRequest request, IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var words = request.Words ?? summarization.Value.Words;
        if (words is < SummarizationOptions.MinWords or > SummarizationOptions.MaxWords)
        {
            throw new BriefingException(BriefingErrorKind.BadInput, $"words must be between {SummarizationOptions.MinWords} and {SummarizationOptions.MaxWords} (got {words})", "words");
        }

        if (request.Inputs.Count == 0) throw new BriefingException(BriefingErrorKind.BadInput, "no inputs: give at least one article", "inputs");
        var summarizer = engines.Get(request.Engine);
        using var activity = BriefingTelemetry.Source.StartActivity("briefing");
        activity?.SetTag("briefing.engine", summarizer.Name);
        var timings = new Dictionary<string, long>();

        var ingestion = await StageAsync("ingest", timings, progress, () => loader.LoadAsync(request.Inputs, cancellationToken), r => $"{r.Articles.Count} articles, {r.Skipped.Count} skipped");
        if (ingestion.Articles.Count == 0)
        {
            var reasons = ingestion.Skipped.Count == 0 ? "no .txt, .md or .html files found" : string.Join("; ", ingestion.Skipped.Select(s => $"{s.Input}: {s.Reason}"));
            throw new BriefingException(BriefingErrorKind.NoUsableArticles, $"no usable articles in {string.Join(", ", request.Inputs.Select(i => i.Name))} ({reasons})");
        }

        var articles = ingestion.Articles;
        var draft = await StageAsync("summarize", timings, progress, () => summarizer.SummarizeAsync(articles, words, cancellationToken), d => $"{d.Sections.Sum(s => s.Points.Count)} points ({summarizer.Name})");
        var merged = await StageAsync("disagreements", timings, progress, () => Task.FromResult(draft with { Disagreements = DisagreementMerger.Merge(draft.Disagreements, disagreements.Detect(articles)) }), d => $"{d.Disagreements.Count} disagreements");
        var verified = await StageAsync("verify", timings, progress, () => Task.FromResult(verifier.Verify(merged, articles)), v => $"claims verified {v.Report.Verified}/{v.Report.Claims}");

        var briefing = new BriefingDocument(
            request.Title ?? verified.Title ?? TitleFrom(articles, verified.Sections),
            time.GetUtcNow(),
            summarizer.Name,
            articles.Select(Source.From).ToList(),
            verified.Sections,
            verified.Disagreements,
            verified.Report,
            new RunReport(ingestion.Skipped, [.. ingestion.Warnings, .. draft.Warnings], timings) { Model = draft.Model });
        Report(briefing);
        return briefing;
    }

    private void Report(BriefingDocument briefing)
    {
        foreach (var fallback in briefing.Run.Model?.Fallbacks ?? []) GenerationLog.FallbackUsed(logger, fallback);
        foreach (var dropped in briefing.Verification.Dropped.Concat(briefing.Run.Model?.DroppedAtMap ?? [])) GenerationLog.ClaimDropped(logger, dropped.SourceId ?? "-", dropped.Reason);
        GenerationLog.BriefingMade(logger, briefing.Sources.Count, briefing.Sections.Sum(s => s.Points.Count), briefing.Verification.Verified, briefing.Verification.Claims, briefing.Engine);
    }

    private static string TitleFrom(IReadOnlyList<Article> articles, IReadOnlyList<Section> sections)
    {
        var cited = sections.SelectMany(s => s.Points).SelectMany(p => p.Citations).GroupBy(c => c.SourceId).ToDictionary(g => g.Key, g => g.Count());
        var headline = articles
            .Where(a => !a.TitleIsLabel && a.Title != Path.GetFileNameWithoutExtension(a.File))
            .OrderByDescending(a => cited.GetValueOrDefault(a.Id))
            .Select(a => a.Title)
            .FirstOrDefault();
        if (headline is not null) return headline;
        var first = sections.SelectMany(s => s.Points).Select(p => p.Text).FirstOrDefault() ?? "Briefing";
        return first.Length <= 100 ? first : first[..first.LastIndexOf(' ', 97)] + "…";
    }

    private async Task<T> StageAsync<T>(string stage, Dictionary<string, long> timings, IProgress<StageProgress>? progress, Func<Task<T>> run, Func<T, string> describe)
    {
        using var activity = BriefingTelemetry.Source.StartActivity(stage);
        progress?.Report(new StageProgress(stage, false, ""));
        var sw = Stopwatch.StartNew();
        var result = await run();
        timings[stage] = sw.ElapsedMilliseconds;
        var detail = describe(result);
        activity?.SetTag("briefing.detail", detail);
        GenerationLog.StageDone(logger, stage, sw.ElapsedMilliseconds, detail);
        progress?.Report(new StageProgress(stage, true, detail));
        return result;
    }
}

using System.Diagnostics;
using Briefing.Ingestion;
using Briefing.Domain;
using Briefing.Disagreements;
using Briefing.Rendering;
using Briefing.Summarization;
using Briefing.Verification;
using Microsoft.Extensions.Options;

namespace Briefing.Generation;

/// <summary>
/// Runs the stages in order: ingest, summarize, reconcile, verify, render. One bad article is reported and skipped;
/// a failed PDF leaves the other formats written.
/// </summary>
public sealed class BriefingGenerator(
    IArticleLoader loader,
    ISummarizer summarizer,
    IDisagreementDetector disagreements,
    ICitationVerifier verifier,
    IEnumerable<IBriefingRenderer> renderers,
    IOptions<SummarizationOptions> summarization,
    TimeProvider time)
{
    public Task<BriefingDocument> BuildAsync(BriefingRequest request, IProgress<StageProgress>? progress, CancellationToken cancellationToken) =>
        BuildAsync(request, new Dictionary<string, long>(), progress, cancellationToken);

    private async Task<BriefingDocument> BuildAsync(BriefingRequest request, Dictionary<string, long> timings, IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var ingestion = await TimeAsync("ingest", timings, progress, () => loader.LoadAsync(request.Inputs, cancellationToken), r => $"{r.Articles.Count} articles, {r.Skipped.Count} skipped");
        if (ingestion.Articles.Count == 0)
        {
            var reasons = ingestion.Skipped.Count == 0 ? "no .txt, .md or .html files found" : string.Join("; ", ingestion.Skipped.Select(s => $"{s.Input}: {s.Reason}"));
            throw new BriefingException(ExitCodes.NoUsableArticles, $"no usable articles in {string.Join(", ", request.Inputs)} ({reasons})");
        }

        var articles = ingestion.Articles;
        var words = request.Words ?? summarization.Value.Words;
        var draft = await TimeAsync("summarize", timings, progress, () => summarizer.SummarizeAsync(articles, words, cancellationToken), d => $"{d.Sections.Sum(s => s.Points.Count)} points ({summarizer.Name})");
        var reconciled = await TimeAsync("reconcile", timings, progress, () => Task.FromResult(draft with { Disagreements = DisagreementMerger.Merge(draft.Disagreements, disagreements.Detect(articles)) }), d => $"{d.Disagreements.Count} disagreements");
        var verified = await TimeAsync("verify", timings, progress, () => Task.FromResult(verifier.Verify(reconciled, articles)), v => $"claims verified {v.Report.Verified}/{v.Report.Claims}");

        return new BriefingDocument(
            request.Title ?? verified.Title ?? TitleFrom(articles, verified.Sections),
            time.GetUtcNow(),
            summarizer.Name,
            articles.Select(Source.From).ToList(),
            verified.Sections,
            verified.Disagreements,
            verified.Report,
            new RunReport(ingestion.Skipped, [.. ingestion.Warnings, .. draft.Warnings], new Dictionary<string, long>(timings)) { Model = draft.Model });
    }

    public async Task<BriefingResult> RunAsync(BriefingRequest request, IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var timings = new Dictionary<string, long>();
        var briefing = await BuildAsync(request, timings, progress, cancellationToken);
        Directory.CreateDirectory(request.OutputFolder);
        var written = new List<string>();
        BriefingException? pdfError = null;
        var selected = renderers.Where(r => request.Formats.Contains(r.Format, StringComparer.OrdinalIgnoreCase)).OrderBy(r => r.Format == "pdf").ToList();
        foreach (var renderer in selected)
        {
            var path = Path.Combine(request.OutputFolder, renderer.FileName);
            try
            {
                await TimeAsync($"render:{renderer.Format}", timings, progress, async () =>
                {
                    await renderer.WriteAsync(briefing, path, cancellationToken);
                    return path;
                }, p => p);
                written.Add(path);
            }
            catch (BriefingException ex) when (ex.ExitCode == ExitCodes.PdfFailed)
            {
                pdfError = ex;
                progress?.Report(new StageProgress($"render:{renderer.Format}", true, ex.Message));
            }
        }

        return new BriefingResult(briefing with { Run = briefing.Run with { TimingsMs = timings } }, written, pdfError);
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

    private static async Task<T> TimeAsync<T>(string stage, Dictionary<string, long> timings, IProgress<StageProgress>? progress, Func<Task<T>> run, Func<T, string> describe)
    {
        progress?.Report(new StageProgress(stage, false, ""));
        var sw = Stopwatch.StartNew();
        var result = await run();
        timings[stage] = sw.ElapsedMilliseconds;
        progress?.Report(new StageProgress(stage, true, describe(result)));
        return result;
    }
}

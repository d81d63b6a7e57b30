using System.Diagnostics;
using System.Globalization;
using Briefing.Disagreements;
using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Stories;
using Briefing.Summarization;
using Briefing.Verification;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Generation;

/// <summary>
/// Runs the stages in order: ingest, group into stories, then per story summarize, find disagreements and verify;
/// the stories beyond the cap and the events one outlet carries get one verified line each. One bad article is
/// reported and skipped; the engine is chosen per request. Rendering is the host's next step (see IBriefingRenderer).
/// </summary>
internal sealed class BriefingGenerator(
    IArticleLoader loader,
    EngineSelector engines,
    IStoryGrouper grouper,
    IDisagreementDetector disagreements,
    ICitationVerifier verifier,
    IOptions<SummarizationOptions> summarization,
    IOptions<StoriesOptions> stories,
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

        var maxStories = request.MaxStories ?? stories.Value.MaxStories;
        if (maxStories is < 1 or > StoriesOptions.MaxStoriesLimit)
        {
            throw new BriefingException(BriefingErrorKind.BadInput, $"stories must be between 1 and {StoriesOptions.MaxStoriesLimit} (got {maxStories})", "stories");
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
        var plan = await StageAsync("stories", timings, progress, () => Task.FromResult(Plan(articles, request.OneStory, maxStories)), Describe);
        var drafts = await StageAsync("summarize", timings, progress, () => SummarizeAsync(summarizer, plan, words, cancellationToken), d => $"{d.Sum(x => x.Sections.Sum(s => s.Points.Count))} points{(d.Count > 1 ? $" in {d.Count} stories" : "")} ({summarizer.Name})");
        var merged = await StageAsync("disagreements", timings, progress, () => Task.FromResult(plan.Stories.Select((story, i) => drafts[i] with { Disagreements = DisagreementMerger.Merge(drafts[i].Disagreements, disagreements.Detect(story.Articles)) }).ToList()), d => $"{d.Sum(x => x.Disagreements.Count)} disagreements");
        var (verified, alsoReported) = await StageAsync("verify", timings, progress, () => Task.FromResult(Verify(plan, merged)), v => $"claims verified {v.Stories.Sum(s => s.Report.Verified) + v.AlsoReported.Report.Verified}/{v.Stories.Sum(s => s.Report.Claims) + v.AlsoReported.Report.Claims}");

        var briefed = plan.Stories.Select((story, i) => new StoryBriefing(
            verified[i].Title ?? TitleFrom(story.Articles, verified[i].Sections),
            story.Articles.Select(a => a.Id).ToList(),
            verified[i].Sections,
            verified[i].Disagreements,
            verified[i].Report)).ToList();
        var lines = alsoReported.Sections.SelectMany(s => s.Points).ToList();
        var cited = lines.SelectMany(p => p.Citations).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var shown = plan.Stories.SelectMany(s => s.Articles).Concat(plan.AlsoReported.Where(a => cited.Contains(a.Id))).ToList();
        var warnings = new List<string>([.. ingestion.Warnings, .. drafts.SelectMany(d => d.Warnings)]);
        if (plan.NotShown > 0) warnings.Add($"{plan.NotShown} more stories and single reports were left out (Stories:MaxStories {maxStories}, Stories:AlsoReported {stories.Value.AlsoReported})");

        var briefing = new BriefingDocument(
            request.Title ?? (briefed.Count == 1 && lines.Count == 0 ? briefed[0].Title : EditionTitle(briefed.Count, lines.Count)),
            time.GetUtcNow(),
            summarizer.Name,
            shown.Select(Source.From).ToList(),
            briefed,
            lines,
            Total([.. verified.Select(v => v.Report), alsoReported.Report]),
            new RunReport(ingestion.Skipped, warnings, timings) { Model = LlmReports.Combine(drafts.Select(d => d.Model)) });
        Report(briefing);
        BriefingTelemetry.Briefings.Add(1, new KeyValuePair<string, object?>("briefing.engine", summarizer.Name));
        return briefing;
    }

    private EditionPlan Plan(IReadOnlyList<Article> articles, bool oneStory, int maxStories) =>
        oneStory || articles.Count == 1 ? EditionPlan.OneStory(articles) : EditionPlan.From(grouper.Group(articles), articles, maxStories, stories.Value.AlsoReported);

    // Side by side, at most Stories:MaxConcurrency stories at once, each draft in its story's place: an LLM edition waits
    // for its slowest story, not for every reconcile call in turn (the model calls stay within Llm:MaxConcurrency).
    private async Task<List<BriefingDraft>> SummarizeAsync(ISummarizer summarizer, EditionPlan plan, int words, CancellationToken cancellationToken)
    {
        var drafts = new BriefingDraft[plan.Stories.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Stories.Count),
            new ParallelOptions { MaxDegreeOfParallelism = stories.Value.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) => drafts[i] = await summarizer.SummarizeAsync(plan.Stories[i].Articles, words, ct));
        return [.. drafts];
    }

    private static string Describe(EditionPlan plan) =>
        $"{plan.Stories.Count} stor{(plan.Stories.Count == 1 ? "y" : "ies")} ({string.Join(", ", plan.Stories.Select(s => s.Articles.Count))} articles), {plan.AlsoReported.Count} also reported"
        + (plan.NotShown > 0 ? $", {plan.NotShown} not shown" : "");

    private (List<VerifiedDraft> Stories, VerifiedDraft AlsoReported) Verify(EditionPlan plan, List<BriefingDraft> drafts)
    {
        var stories = plan.Stories.Select((story, i) => verifier.Verify(drafts[i], story.Articles)).ToList();
        var lines = new BriefingDraft(null, [new Section("Also reported", plan.AlsoReported.Select(LeadLine.For).ToList())], []);
        return (stories, verifier.Verify(lines, plan.AlsoReported));
    }

    private static VerificationReport Total(IReadOnlyList<VerificationReport> reports) =>
        new(reports.Sum(r => r.Claims), reports.Sum(r => r.Verified), [.. reports.SelectMany(r => r.Dropped)])
        {
            DroppedCitations = [.. reports.SelectMany(r => r.DroppedCitations)],
        };

    private string EditionTitle(int stories, int lines) =>
        string.Create(CultureInfo.InvariantCulture, $"Briefing of {time.GetUtcNow():d MMMM yyyy}: {stories} {(stories == 1 ? "story" : "stories")}")
        + (lines > 0 ? $", {lines} also reported" : "");

    private void Report(BriefingDocument briefing)
    {
        foreach (var fallback in briefing.Run.Model?.Fallbacks ?? []) GenerationLog.FallbackUsed(logger, fallback);
        foreach (var dropped in briefing.Verification.Dropped.Concat(briefing.Run.Model?.DroppedAtMap ?? [])) GenerationLog.ClaimDropped(logger, dropped.SourceId ?? "-", dropped.Reason);
        GenerationLog.BriefingMade(logger, briefing.Sources.Count, briefing.Stories.Count, briefing.Stories.Sum(s => s.Sections.Sum(x => x.Points.Count)), briefing.Verification.Verified, briefing.Verification.Claims, briefing.Engine);
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
        timings[stage] = timings.GetValueOrDefault(stage) + sw.ElapsedMilliseconds;
        var detail = describe(result);
        activity?.SetTag("briefing.detail", detail);
        GenerationLog.StageDone(logger, stage, sw.ElapsedMilliseconds, detail);
        progress?.Report(new StageProgress(stage, true, detail));
        return result;
    }
}

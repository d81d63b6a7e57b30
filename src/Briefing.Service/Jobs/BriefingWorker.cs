using System.Security.Cryptography;
using System.Text;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Rendering;
using Briefing.Service.Storage;
using Briefing.Summarization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Jobs;

/// <summary>
/// Makes one stored briefing: marks it running, generates it from its stored articles (recording each stage as it
/// starts), renders every format once and stores them. Every failure ends as a failed briefing with its reason;
/// an attempt beyond Jobs:MaxAttempts (a briefing interrupted again and again) fails saying so.
/// </summary>
public sealed class BriefingWorker(
    BriefingStore store,
    IBriefingGenerator generator,
    IEnumerable<IBriefingRenderer> renderers,
    IOptions<JobsOptions> options,
    ILogger<BriefingWorker> logger)
{
    public Task RunAsync(Guid id, CancellationToken cancellationToken) => RunAsync(id, null, cancellationToken);

    /// <summary>Makes the briefing showing at most <paramref name="maxStories"/> stories (an edition's story cap; null: the default).</summary>
    public async Task RunAsync(Guid id, int? maxStories, CancellationToken cancellationToken)
    {
        var attempt = await store.StartAsync(id, cancellationToken);
        if (attempt is null)
        {
            JobsLog.BriefingAlreadyFinished(logger, id);
            return;
        }

        if (attempt > options.Value.MaxAttempts)
        {
            var reason = $"interrupted {attempt - 1} times (Jobs:MaxAttempts is {options.Value.MaxAttempts}); not tried again";
            await store.FailAsync(id, reason, cancellationToken);
            JobsLog.BriefingFailed(logger, id, reason);
            return;
        }

        JobsLog.BriefingStarted(logger, id, attempt.Value);

        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null) return;
        try
        {
            var inputs = (await store.GetArticlesAsync(id, cancellationToken)).Select(ToInput).ToList();
            var stages = new StageRecorder(store, id);
            var request = new GenerationRequest(inputs, stored.Title.Length > 0 ? stored.Title : null, stored.Words, stored.Engine is { } e ? Enum.Parse<Engine>(e, true) : null) { MaxStories = maxStories ?? stored.MaxStories, OneStory = stored.OneStory };
            var briefing = await generator.GenerateAsync(request, stages, cancellationToken);
            stages.Report(new StageProgress("render", false, ""));
            await stages.FlushAsync();
            var renderings = await RenderAsync(briefing, cancellationToken);
            if (await store.CompleteAsync(id, renderings, cancellationToken)) JobsLog.BriefingDone(logger, id, briefing.Sources.Count, attempt.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // Stopping, not the briefing's fault: the job is handed back for recovery and runs again.
            throw new OperationCanceledException("stopped mid-generation", ex, cancellationToken);
        }
        catch (BriefingException ex)
        {
            await store.FailAsync(id, ex.Message, CancellationToken.None);
            JobsLog.BriefingFailed(logger, id, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await store.FailAsync(id, $"unexpected error: {ex.Message}", CancellationToken.None);
            JobsLog.BriefingCrashed(logger, id, ex);
        }
    }

    private async Task<BriefingRenderings> RenderAsync(BriefingDocument briefing, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, byte[]>();
        byte[]? pdf = null;
        string? pdfError = null;
        foreach (var renderer in renderers)
        {
            using var buffer = new MemoryStream();
            try
            {
                await renderer.RenderAsync(briefing, buffer, cancellationToken);
            }
            catch (BriefingException ex) when (ex.Kind == BriefingErrorKind.RenderingFailed && renderer.Format == "pdf")
            {
                pdfError = ex.Message;
                continue;
            }

            if (renderer.Format == "pdf") pdf = buffer.ToArray();
            else texts[renderer.Format] = buffer.ToArray();
        }

        var json = Encoding.UTF8.GetString(texts["json"]);
        var search = string.Join(' ', [briefing.Title, .. briefing.Stories.SelectMany(s => s.Sections.SelectMany(x => x.Points).Select(p => p.Text).Prepend(s.Title)), .. briefing.AlsoReported.Select(p => p.Text)]).ToLowerInvariant();
        var etag = Convert.ToHexStringLower(SHA256.HashData(texts["json"]))[..20];
        return new BriefingRenderings(briefing.Title, json, Encoding.UTF8.GetString(texts["html"]), Encoding.UTF8.GetString(texts["md"]), pdf, pdfError, search, etag);
    }

    private static ArticleInput ToInput(StoredArticle a)
    {
        if (a.Title is null && a.Outlet is null && a.Url is null && a.Published is null) return ArticleInput.FromContent(a.Name, a.Content, a.MediaType);
        return ArticleInput.FromText(a.Name, Encoding.UTF8.GetString(a.Content), new ArticleMetadata(a.Title, a.Outlet, a.Url, a.Published), a.MediaType);
    }
}

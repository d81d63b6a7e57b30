using Briefing.Service.Delivery;
using Briefing.Service.Storage;
using Briefing.Summarization;
using Briefing.Web.Apis;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Pages;

/// <summary>Server-rendered pages: the archive with search, the form, and a briefing (or its live progress).</summary>
internal static class PagesEndpoints
{
    private static readonly (string Stage, string Label)[] Stages =
    [
        ("queued", "Waiting for a free worker"),
        ("ingest", "Reading the articles"),
        ("stories", "Grouping the articles into stories"),
        ("summarize", "Summarizing"),
        ("disagreements", "Finding where sources disagree"),
        ("verify", "Checking every citation"),
        ("render", "Printing HTML, Markdown, JSON and PDF"),
    ];

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", ArchiveAsync);
        pages.MapGet("/new", NewForm);
        pages.MapPost("/new", CreateAsync).RequireRateLimiting(WebSetup.GenerationPolicy).DisableAntiforgery();
        pages.MapGet("/briefings/{id:guid}", BriefingAsync);
        pages.MapGet("/site.css", (HttpContext context, PageRenderer renderer) => renderer.Stylesheet(context));
        pages.MapGet("/favicon.ico", () => TypedResults.NoContent());
        return app;
    }

    private static async Task<IResult> ArchiveAsync(HttpContext context, ApiKeys keys, BriefingStore store, PageRenderer pages, IOptions<WebOptions> web, string? q, int? page, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        var current = Math.Max(1, page ?? 1);
        var result = await store.ListAsync(q, current, web.Value.PageSize, cancellationToken);
        var query = string.IsNullOrWhiteSpace(q) ? "" : "&q=" + Uri.EscapeDataString(q);
        return pages.Page("archive", "Archive", new
        {
            Query = q,
            result.Total,
            Plural = result.Total != 1,
            Items = result.Items.Select(b => new { b.Id, b.Title, Status = b.Status.ToString().ToLowerInvariant(), CreatedAt = b.CreatedAt.ToString("O"), Created = b.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'") }).ToList(),
            Previous = current > 1 ? $"/?page={current - 1}{query}" : null,
            Next = current * result.PageSize < result.Total ? $"/?page={current + 1}{query}" : null,
        });
    }

    private static IResult NewForm(PageRenderer pages, ApiKeys keys, IOptions<SummarizationOptions> summarization) =>
        pages.Page("new", "New briefing", FormModel(null, keys, summarization.Value));

    private static async Task<IResult> CreateAsync(HttpContext context, ApiKeys keys, Submissions submissions, PageRenderer pages, IOptions<SummarizationOptions> summarization, CancellationToken cancellationToken)
    {
        if (keys.Configured)
        {
            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
            {
                // Read here for the key, before the submission is: a body over the limit is the same refusal.
                var refused = submissions.Unreadable(ex);
                return pages.Page("new", "New briefing", FormModel(refused, keys, summarization.Value), refused.Status);
            }

            if (!keys.IsValid(form["apiKey"].FirstOrDefault()))
            {
                return pages.Page("new", "New briefing", FormModel(new Refusal(StatusCodes.Status403Forbidden, "API key not accepted", "enter a key configured in Web:ApiKeys"), keys, summarization.Value), StatusCodes.Status403Forbidden);
            }
        }

        var (id, refusal) = await submissions.AcceptAsync(context.Request, cancellationToken);
        if (refusal is not null) return pages.Page("new", "New briefing", FormModel(refusal, keys, summarization.Value), refusal.Status);
        return TypedResults.Redirect($"/briefings/{id}", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> BriefingAsync(Guid id, HttpContext context, ApiKeys keys, BriefingStore store, RenderingCache renderings, PageRenderer pages, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        var b = await store.GetAsync(id, cancellationToken);
        if (b is null) return Problems.Result(StatusCodes.Status404NotFound, "Briefing not found", $"no briefing {id}");
        if (b.Status == BriefingStatus.Done && await renderings.GetAsync(id, "html", cancellationToken) is { } html)
        {
            var link = $"{context.Request.Scheme}://{context.Request.Host}/briefings/{id}";
            return PageRenderer.Briefing(System.Text.Encoding.UTF8.GetString(html.Content), id, link, await DeliveryStatusAsync(context, pages, id, cancellationToken));
        }

        var current = b.Status == BriefingStatus.Queued ? "queued" : b.Stage ?? "ingest";
        var reached = Array.FindIndex(Stages, s => s.Stage == current);
        return pages.Page(
            "progress",
            b.Title.Length > 0 ? b.Title : "Your briefing",
            new
            {
                b.Id,
                b.Title,
                Status = b.Status.ToString().ToLowerInvariant(),
                Stage = Stages.FirstOrDefault(s => s.Stage == current).Label,
                Failed = b.Status == BriefingStatus.Failed,
                b.Error,
                Stages = Stages.Select((s, i) => new { s.Label, State = i < reached ? "done" : i == reached ? "current" : "next", Current = i == reached }).ToList(),
            },
            refreshSeconds: b.Status == BriefingStatus.Failed ? null : 2);
    }

    // The email delivery block, on briefings that were mailed (only where email is configured).
    private static async Task<string> DeliveryStatusAsync(HttpContext context, PageRenderer pages, Guid id, CancellationToken cancellationToken) =>
        await DeliveryModelAsync(context, id, cancellationToken) is { } model ? pages.DeliveryStatus(model) : "";

    /// <summary>The model of the delivery-status partial for a briefing that was mailed; null where email is not configured or nothing was sent.</summary>
    internal static async Task<object?> DeliveryModelAsync(HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<DeliveryOutbox>() is not { } outbox) return null;
        var counts = await outbox.CountsAsync(id, cancellationToken);
        if (counts.Total == 0) return null;
        return new { counts.Pending, counts.Sent, counts.Failed, counts.Bounced, counts.Suppressed, Paused = context.RequestServices.GetRequiredService<DeliveryState>().Pause };
    }

    private static object FormModel(Refusal? error, ApiKeys keys, SummarizationOptions summarization) => new
    {
        Error = error,
        KeyNeeded = keys.Configured,
        MinWords = SummarizationOptions.MinWords,
        MaxWords = SummarizationOptions.MaxWords,
        DefaultWords = summarization.Words,
    };
}

using System.Text.Json;
using Briefing.Rendering;
using Briefing.Service.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Briefing.Web.Apis;

/// <summary>/api/briefings: create (202, queued), read status and briefing, download renderings, list, delete.</summary>
internal static class BriefingsApi
{
    public static readonly string[] Formats = ["pdf", "html", "md", "json"];

    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings").WithTags("Briefings");
        api.MapPost("/", CreateAsync).RequireRateLimiting(WebSetup.GenerationPolicy).DisableAntiforgery()
            .WithSummary("Queue a briefing from uploaded files (multipart) or JSON articles");
        api.MapGet("/", ListAsync).WithSummary("The archive, newest first, searchable by words of titles and points");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Status (queued, running with its stage, done, failed with the reason) and, when done, the briefing JSON");
        api.MapGet("/{id:guid}/{format}", DownloadAsync).WithSummary("A stored rendering: pdf, html, md or json, with ETag and caching headers");
        api.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete a briefing (needs an API key)");
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ApiKeys keys, Submissions submissions, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Write) is { } denied) return denied;
        var (id, refusal) = await submissions.AcceptAsync(context.Request, cancellationToken);
        if (refusal is not null) return refusal.ToResult();
        return TypedResults.Accepted($"/api/briefings/{id}", new { id, status = "queued", links = Links(id) });
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, ApiKeys keys, BriefingStore store, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        var b = await store.GetAsync(id, cancellationToken);
        if (b is null) return NotFound(id);
        using var json = b.Json is null ? null : JsonDocument.Parse(b.Json);
        return TypedResults.Ok(new
        {
            id = b.Id,
            status = b.Status.ToString().ToLowerInvariant(),
            stage = b.Stage,
            error = b.Error,
            title = b.Title,
            attempts = b.Attempts,
            createdAt = b.CreatedAt,
            completedAt = b.CompletedAt,
            pdfError = b.PdfError,
            links = Links(id),
            briefing = json?.RootElement.Clone(),
        });
    }

    private static async Task<IResult> ListAsync(HttpContext context, ApiKeys keys, BriefingStore store, IOptions<WebOptions> web, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (page is < 1 || pageSize is < 1 or > 100) return Problems.Result(StatusCodes.Status400BadRequest, "Bad paging", "page must be 1 or more and pageSize between 1 and 100");
        var result = await store.ListAsync(q, page ?? 1, pageSize ?? web.Value.PageSize, cancellationToken);
        return TypedResults.Ok(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            items = result.Items.Select(b => new { id = b.Id, title = b.Title, status = b.Status.ToString().ToLowerInvariant(), createdAt = b.CreatedAt, completedAt = b.CompletedAt, links = Links(b.Id) }),
        });
    }

    private static async Task<IResult> DownloadAsync(Guid id, string format, HttpContext context, ApiKeys keys, BriefingStore store, RenderingCache cache, IEnumerable<IBriefingRenderer> renderers, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (!Formats.Contains(format)) return Problems.Result(StatusCodes.Status404NotFound, "Unknown format", $"formats are {string.Join(", ", Formats)}");
        var rendering = await cache.GetAsync(id, format, cancellationToken);
        if (rendering is null)
        {
            var b = await store.GetAsync(id, cancellationToken);
            if (b is null) return NotFound(id);
            if (b.Status != BriefingStatus.Done) return Problems.Result(StatusCodes.Status409Conflict, "Briefing not ready", $"briefing {id} is {b.Status.ToString().ToLowerInvariant()}{(b.Error is null ? "" : ": " + b.Error)}");
            return Problems.Result(StatusCodes.Status404NotFound, "Rendering not available", $"no {format} for briefing {id}: {b.PdfError ?? "not stored"}");
        }

        var renderer = renderers.Single(r => r.Format == format);
        context.Response.Headers.CacheControl = keys.Configured && context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.ReadsRequireKey ? "private, max-age=300" : "public, max-age=300";
        var name = $"{Slug(rendering.Title)}-{rendering.CompletedAt:yyyy-MM-dd}{renderer.FileExtension}";
        return TypedResults.File(rendering.Content, renderer.MediaType, name, enableRangeProcessing: false, rendering.CompletedAt, new EntityTagHeaderValue($"\"{rendering.ETag}\""));
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpContext context, ApiKeys keys, BriefingStore store, RenderingCache cache, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Delete) is { } denied) return denied;
        var deleted = await store.DeleteAsync(id, cancellationToken);
        cache.Evict(id);
        return deleted ? TypedResults.NoContent() : NotFound(id);
    }

    private static IResult NotFound(Guid id) => Problems.Result(StatusCodes.Status404NotFound, "Briefing not found", $"no briefing {id}");

    private static object Links(Guid id) => new
    {
        self = $"/api/briefings/{id}",
        page = $"/briefings/{id}",
        pdf = $"/api/briefings/{id}/pdf",
        html = $"/api/briefings/{id}/html",
        md = $"/api/briefings/{id}/md",
        json = $"/api/briefings/{id}/json",
    };

    /// <summary>A file name from a title: ASCII letters and digits, words joined by hyphens, at most 60 characters.</summary>
    public static string Slug(string title)
    {
        var chars = title.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : ' ')
            .ToArray();
        var slug = string.Join('-', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? "briefing" : slug;
    }
}

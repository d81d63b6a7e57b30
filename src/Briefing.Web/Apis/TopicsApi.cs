using System.Globalization;
using Briefing.Service.Jobs;
using Briefing.Service.Storage;
using Briefing.Service.Topics;

namespace Briefing.Web.Apis;

/// <summary>
/// /api/topics: list and read topics (with the state of their feeds and their editions), create, replace and delete
/// topics made through the API (settings topics are read-only), run an edition now, read an edition.
/// </summary>
internal static class TopicsApi
{
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/topics").WithTags("Topics");
        api.MapGet("/", ListAsync).WithSummary("Every topic, from the settings (read-only) and made through the API, with its next run");
        api.MapGet("/{name}", GetAsync).WithSummary("A topic with the state of each feed (failing, backing off, deactivated) and its editions");
        api.MapPost("/", CreateAsync).DisableAntiforgery().WithSummary("Create a topic (needs an API key); 409 when the name is taken");
        api.MapPut("/{name}", ReplaceAsync).DisableAntiforgery().WithSummary("Replace a topic made through the API (needs an API key); 409 for a settings topic");
        api.MapDelete("/{name}", DeleteAsync).WithSummary("Delete a topic made through the API (needs an API key); its editions stay");
        api.MapPost("/{name}/feeds/reactivate", ReactivateAsync).DisableAntiforgery().WithSummary("Try a deactivated (410) or backing-off feed again at the next edition (needs an API key)");
        api.MapPost("/{name}/run", RunAsync).DisableAntiforgery().WithSummary("Make today's (or ?date=) edition now; 409 when it was made already, unless ?force=true");
        api.MapGet("/{name}/editions/{date}", EditionAsync).WithSummary("An edition: status, stories, sources fetched, items used, failures");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        var topics = await catalog.ListAsync(cancellationToken);
        var items = new List<object>();
        foreach (var t in topics) items.Add(Describe(t, catalog.OriginOf(t.Name), await schedule.NextFireAsync(t.Name, cancellationToken)));
        return TypedResults.Ok(new { items });
    }

    private static async Task<IResult> GetAsync(string name, HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, FeedSourceStore feeds, EditionStore editions, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (await catalog.FindAsync(name, cancellationToken) is not { } topic) return NotFound(name);
        var states = await feeds.ListAsync(name, cancellationToken);
        var made = await editions.ListAsync(name, cancellationToken);
        return TypedResults.Ok(new
        {
            topic = Describe(topic, catalog.OriginOf(name), await schedule.NextFireAsync(name, cancellationToken)),
            feeds = states.Values.Select(FeedView).ToList(),
            editions = made.Take(60).Select(e => new { date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), status = e.Status, reason = e.Reason, briefingId = e.BriefingId, links = EditionView.Link(e) }).ToList(),
        });
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, TopicDefinition topic, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        if (Invalid(topic) is { } invalid) return invalid;
        var change = await catalog.CreateAsync(topic, cancellationToken);
        if (change != TopicChange.Done) return Problems.Result(StatusCodes.Status409Conflict, "Topic exists", $"a topic named '{topic.Name}' exists already{(catalog.OriginOf(topic.Name) == TopicOrigin.Settings ? " in the settings" : "")}");
        await schedule.SyncAsync(cancellationToken);
        return TypedResults.Created($"/api/topics/{topic.Name}", Describe(topic, TopicOrigin.Api, await schedule.NextFireAsync(topic.Name, cancellationToken)));
    }

    private static async Task<IResult> ReplaceAsync(string name, HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, TopicDefinition topic, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        if (topic.Name.Length == 0) topic.Name = name;
        if (topic.Name != name) return Problems.Result(StatusCodes.Status400BadRequest, "Name differs", $"the body names '{topic.Name}' but the address names '{name}'; a topic is not renamed");
        if (Invalid(topic) is { } invalid) return invalid;
        var change = await catalog.ReplaceAsync(topic, cancellationToken);
        if (Refused(change, name) is { } refused) return refused;
        await schedule.SyncAsync(cancellationToken);
        return TypedResults.Ok(Describe(topic, TopicOrigin.Api, await schedule.NextFireAsync(name, cancellationToken)));
    }

    private static async Task<IResult> DeleteAsync(string name, HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        var change = await catalog.RemoveAsync(name, cancellationToken);
        if (Refused(change, name) is { } refused) return refused;
        await schedule.SyncAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ReactivateAsync(string name, string url, HttpContext context, ApiKeys keys, FeedSourceStore feeds, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Manage) is { } denied) return denied;
        return await feeds.ReactivateAsync(name, url, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.Result(StatusCodes.Status404NotFound, "Feed not found", $"topic '{name}' has no feed '{url}' that was read");
    }

    private static async Task<IResult> RunAsync(string name, HttpContext context, ApiKeys keys, EditionMaker maker, TopicSchedule schedule, string? date, bool? force, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Write) is { } denied) return denied;
        DateOnly? day = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return BadDate(date);
            day = parsed;
        }

        var run = await maker.ClaimAsync(name, day, force == true, cancellationToken);
        switch (run.Outcome)
        {
            case EditionOutcome.UnknownTopic:
                return NotFound(name);
            case EditionOutcome.AlreadyClaimed:
                return Problems.Result(StatusCodes.Status409Conflict, "Edition already made", $"{name} {run.Date:yyyy-MM-dd}: {run.Reason}; add ?force=true to make it again", new Dictionary<string, object?> { ["edition"] = $"/api/topics/{name}/editions/{run.Date:yyyy-MM-dd}" });
        }

        await schedule.RunNowAsync(name, run.Date!.Value, cancellationToken);
        var self = $"/api/topics/{name}/editions/{run.Date:yyyy-MM-dd}";
        return TypedResults.Accepted(self, new { topic = name, date = run.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), status = EditionStore.Claimed, links = new { self, page = $"/topics/{name}/editions/{run.Date:yyyy-MM-dd}" } });
    }

    private static async Task<IResult> EditionAsync(string name, string date, HttpContext context, ApiKeys keys, EditionStore editions, BriefingStore briefings, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return BadDate(date);
        var view = await EditionView.LoadAsync(name, day, editions, briefings, cancellationToken);
        return view is null ? Problems.Result(StatusCodes.Status404NotFound, "Edition not found", $"no edition of '{name}' for {date}") : TypedResults.Ok(view);
    }

    /// <summary>The topic as the API and the topics page show it.</summary>
    public static object Describe(TopicDefinition t, TopicOrigin origin, DateTimeOffset? nextRun) => new
    {
        name = t.Name,
        origin = origin.ToString().ToLowerInvariant(),
        readOnly = origin == TopicOrigin.Settings,
        sources = t.Sources,
        cron = t.Cron,
        timeZone = t.TimeZone,
        lookbackHours = t.LookbackHours,
        engine = t.Engine,
        words = t.Words,
        storyCap = t.StoryCap,
        attachPdf = t.AttachPdf,
        nextRun,
        links = new { self = $"/api/topics/{t.Name}", page = $"/topics/{t.Name}", run = $"/api/topics/{t.Name}/run" },
    };

    public static object FeedView(FeedSourceRecord f) => new
    {
        url = f.State.Url,
        movedTo = f.State.PermanentUrl,
        lastStatus = f.LastStatus?.ToString(),
        failing = f.State.FailureCount > 0 || f.State.DeactivatedReason is not null,
        failures = f.State.FailureCount,
        lastError = f.State.LastError,
        nextAttemptAt = f.State.NextAttemptAt,
        lastSuccessAt = f.State.LastSuccessAt,
        deactivatedReason = f.State.DeactivatedReason,
        hasETag = f.State.ETag is not null,
        hasLastModified = f.State.LastModified is not null,
        seenItems = f.State.SeenItemIds.Count,
    };

    // A topic made through the API reads only the network: a folder source would let a key holder read files.
    private static IResult? Invalid(TopicDefinition topic)
    {
        var problems = TopicsValidator.Problems(topic).ToList();
        problems.AddRange(topic.Sources.Select(TopicSource.Parse).Where(s => s.Kind == TopicSourceKind.Path).Select(s => $"source '{s.Location}' is not an http(s) feed or \"page:\" URL; folders and files are for settings topics only"));
        return problems.Count == 0 ? null : Problems.Result(StatusCodes.Status400BadRequest, "Invalid topic", string.Join("; ", problems));
    }

    private static IResult? Refused(TopicChange change, string name) => change switch
    {
        TopicChange.NotFound => NotFound(name),
        TopicChange.ReadOnly => Problems.Result(StatusCodes.Status409Conflict, "Topic is read-only", $"'{name}' is defined in the settings (Topics); change it there and restart"),
        _ => null,
    };

    private static IResult NotFound(string name) => Problems.Result(StatusCodes.Status404NotFound, "Topic not found", $"no topic named '{name}'");

    private static IResult BadDate(string date) => Problems.Result(StatusCodes.Status400BadRequest, "Bad date", $"'{date}' is not a date as yyyy-MM-dd");
}

using Briefing.Service.Delivery;
using System.Globalization;
using Briefing.Service.Jobs;
using Briefing.Service.Storage;
using Briefing.Service.Topics;
using Briefing.Web.Apis;

namespace Briefing.Web.Pages;

/// <summary>Server-rendered topic pages: every topic with its sources' state and editions, and one edition's report.</summary>
internal static class TopicPages
{
    public static IEndpointRouteBuilder MapTopicPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/topics", TopicsAsync);
        pages.MapGet("/topics/{name}/editions/{date}", EditionAsync);
        return app;
    }

    private static async Task<IResult> TopicsAsync(HttpContext context, ApiKeys keys, TopicCatalog catalog, TopicSchedule schedule, FeedSourceStore feeds, EditionStore editions, PageRenderer pages, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        var items = new List<object>();
        foreach (var topic in await catalog.ListAsync(cancellationToken))
        {
            var next = await schedule.NextFireAsync(topic.Name, cancellationToken);
            var states = await feeds.ListAsync(topic.Name, cancellationToken);
            items.Add(new
            {
                topic.Name,
                Origin = catalog.OriginOf(topic.Name) == TopicOrigin.Settings ? "settings (read-only)" : "made through the API",
                topic.Cron,
                topic.TimeZone,
                topic.LookbackHours,
                topic.StoryCap,
                NextRun = next is { } n ? TimeZoneInfo.ConvertTime(n, topic.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
                NextRunIso = next?.ToString("O", CultureInfo.InvariantCulture),
                Sources = topic.Sources.Select(s => SourceRow(s, states)).ToList(),
                Editions = (await editions.ListAsync(topic.Name, cancellationToken)).Take(7).Select(e => new
                {
                    Date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    e.Status,
                    e.Reason,
                    Page = $"/topics/{e.Topic}/editions/{e.Date:yyyy-MM-dd}",
                }).ToList(),
            });
        }

        return pages.Page("topics", "Topics", new { Items = items });
    }

    private static async Task<IResult> EditionAsync(string name, string date, HttpContext context, ApiKeys keys, EditionStore editions, BriefingStore briefings, PageRenderer pages, CancellationToken cancellationToken)
    {
        if (keys.Check(context, Access.Read) is { } denied) return denied;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return Problems.Result(StatusCodes.Status400BadRequest, "Bad date", $"'{date}' is not a date as yyyy-MM-dd");
        if (await EditionView.LoadAsync(name, day, editions, briefings, cancellationToken) is not { } view) return Problems.Result(StatusCodes.Status404NotFound, "Edition not found", $"no edition of '{name}' for {date}");
        var running = view.Status is not (EditionStore.Ready or EditionStore.Failed);
        return pages.Page(
            "edition",
            $"{view.Topic} · {date}",
            new
            {
                view.Topic,
                Date = date,
                view.Status,
                view.Reason,
                Running = running,
                BriefingPage = view.Status == EditionStore.Ready ? $"/briefings/{view.BriefingId}" : null,
                view.Stories,
                view.Report.Sources,
                view.Report.Items,
                ItemCount = view.Report.Items.Count,
                view.Report.Failures,
                FailureCount = view.Report.Failures.Count,
                Delivery = view.BriefingId is { } mailed ? await PagesEndpoints.DeliveryModelAsync(context, mailed, cancellationToken) : null,
                EmailConfigured = context.RequestServices.GetService<DeliveryOutbox>() is not null,
            },
            refreshSeconds: running ? 5 : null);
    }

    private static object SourceRow(string source, IReadOnlyDictionary<string, FeedSourceRecord> states)
    {
        var parsed = TopicSource.Parse(source);
        if (parsed.Kind != TopicSourceKind.Feed) return new { Source = source, LastStatus = parsed.Kind == TopicSourceKind.Page ? "page, read each edition" : "folder or file", State = "", Failing = false };
        if (!states.TryGetValue(parsed.Location, out var feed)) return new { Source = source, LastStatus = "not read yet", State = "", Failing = false };
        var s = feed.State;
        var state = s.DeactivatedReason is { } gone ? $"deactivated: {gone}"
            : s.FailureCount > 0 ? $"failing ({s.FailureCount} in a row): {s.LastError}; next try {s.NextAttemptAt:yyyy-MM-dd HH:mm} UTC"
            : s.PermanentUrl is { } moved ? $"ok, moved to {moved}"
            : "ok";
        return new { Source = source, LastStatus = feed.LastStatus?.ToString() ?? "", State = state, Failing = s.FailureCount > 0 || s.DeactivatedReason is not null };
    }
}

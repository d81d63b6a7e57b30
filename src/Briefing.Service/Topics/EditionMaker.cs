using Briefing.Service.Jobs;
using Briefing.Service.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Topics;

/// <summary>
/// Makes a topic's edition: claims it (topic and date in the topic's zone) once, gathers its sources, stores the
/// briefing with its articles and the feeds' new state together, generates it through the same worker as
/// POST /api/briefings, and marks the edition ready. Every failure ends as a failed edition with its reason.
/// </summary>
public sealed class EditionMaker(
    ITopicCatalog topics,
    EditionStore editions,
    EditionGatherer gatherer,
    BriefingStore briefings,
    BriefingWorker worker,
    IOptions<EditionsOptions> options,
    TimeProvider time,
    ILogger<EditionMaker> logger)
{
    /// <summary>
    /// A scheduled firing, on time or late after downtime (a misfire fires once, "now"): makes the edition of the
    /// latest time the topic was due, if that is within Editions:GraceHours, unless it was made already.
    /// </summary>
    public async Task<EditionRun> RunScheduledAsync(string name, DateTimeOffset scheduledFire, CancellationToken cancellationToken)
    {
        if (await topics.FindAsync(name, cancellationToken) is not { } topic) return Unknown(name);
        var grace = options.Value.Grace;
        var due = EditionCalendar.LastDue(topic.Cron, topic.Zone, scheduledFire, grace);
        if (due is not { } at || !EditionCalendar.WithinGrace(at, time.GetUtcNow(), grace))
        {
            TopicsLog.BeyondGrace(logger, name, scheduledFire, options.Value.GraceHours);
            return new EditionRun(EditionOutcome.BeyondGrace, name, null, $"fired beyond the grace period of {options.Value.GraceHours} h (Editions:GraceHours)");
        }

        var date = EditionCalendar.EditionDate(at, topic.Zone);
        if (await editions.ClaimAsync(name, date, at, cancellationToken)) return await MakeAsync(topic, date, cancellationToken);
        return await ContinueAsync(topic, date, cancellationToken);
    }

    /// <summary>
    /// Claims an edition for a run by hand (today in the topic's zone unless a date is given). Refused when it was
    /// claimed already unless forced; a forced run forgets the claim and remakes the edition from the articles it had
    /// gathered (gathering afresh when it had none).
    /// </summary>
    public async Task<EditionRun> ClaimAsync(string name, DateOnly? date, bool force, CancellationToken cancellationToken)
    {
        if (await topics.FindAsync(name, cancellationToken) is not { } topic) return Unknown(name);
        var now = time.GetUtcNow();
        var day = date ?? EditionCalendar.EditionDate(now, topic.Zone);
        var previous = await editions.GetAsync(name, day, cancellationToken);
        if (previous is not null && !force) return Claimed(previous);
        if (previous is not null) await editions.ReleaseAsync(name, day, cancellationToken);
        if (!await editions.ClaimAsync(name, day, now, cancellationToken)) return new EditionRun(EditionOutcome.AlreadyClaimed, name, day, "claimed by another run a moment ago");
        if (previous?.BriefingId is { } old && await briefings.GetArticlesAsync(old, cancellationToken) is { Count: > 0 } articles)
        {
            var report = await editions.GetReportAsync(name, day, cancellationToken);
            await editions.StoreGatheredAsync(name, day, NewBriefing(topic, day), new GatheredEdition(articles, [], report), cancellationToken);
        }

        return new EditionRun(EditionOutcome.Claimed, name, day);
    }

    /// <summary>Makes a claimed edition, or continues one interrupted (gathering again, or generating its stored briefing).</summary>
    public async Task<EditionRun> ContinueAsync(string name, DateOnly date, CancellationToken cancellationToken)
    {
        if (await topics.FindAsync(name, cancellationToken) is not { } topic) return Unknown(name);
        return await ContinueAsync(topic, date, cancellationToken);
    }

    private async Task<EditionRun> ContinueAsync(TopicDefinition topic, DateOnly date, CancellationToken cancellationToken)
    {
        var existing = await editions.GetAsync(topic.Name, date, cancellationToken);
        if (existing is null && !await editions.ClaimAsync(topic.Name, date, time.GetUtcNow(), cancellationToken)) existing = await editions.GetAsync(topic.Name, date, cancellationToken);
        if (existing is { Status: EditionStore.Ready or EditionStore.Failed })
        {
            TopicsLog.AlreadyClaimed(logger, topic.Name, date, existing.Status);
            return Claimed(existing);
        }

        if (existing is not null && existing.Status != EditionStore.Claimed) TopicsLog.Continued(logger, topic.Name, date, existing.Status);
        return await MakeAsync(topic, date, cancellationToken);
    }

    private async Task<EditionRun> MakeAsync(TopicDefinition topic, DateOnly date, CancellationToken cancellationToken)
    {
        try
        {
            var id = (await editions.GetAsync(topic.Name, date, cancellationToken))?.BriefingId;
            if (id is null)
            {
                await editions.SetAsync(topic.Name, date, EditionStore.Gathering, null, null, cancellationToken);
                var gathered = await gatherer.GatherAsync(topic, cancellationToken);
                var briefing = NewBriefing(topic, date);
                await editions.StoreGatheredAsync(topic.Name, date, briefing, gathered, cancellationToken);
                TopicsLog.Gathered(logger, topic.Name, date, gathered.Articles.Count, gathered.Report.Sources.Count, gathered.Report.Failures.Count);
                if (gathered.Articles.Count == 0) return await FailAsync(topic.Name, date, $"no new articles from any source in the last {topic.LookbackHours} hours");
                id = briefing.Id;
            }

            await worker.RunAsync(id.Value, topic.StoryCap, cancellationToken);
            var made = await briefings.GetAsync(id.Value, cancellationToken);
            if (made?.Status == BriefingStatus.Failed) return await FailAsync(topic.Name, date, $"the briefing failed: {made.Error}");
            if (made?.Status != BriefingStatus.Done) return await FailAsync(topic.Name, date, $"the briefing is {made?.Status.ToString().ToLowerInvariant() ?? "gone"}");
            await editions.MarkReadyAsync(topic.Name, date, id.Value, cancellationToken);
            TopicsLog.Ready(logger, topic.Name, date, id.Value);
            return new EditionRun(EditionOutcome.Ready, topic.Name, date, null, id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // stopping: the job is handed back and continued from what was stored
        }
        catch (Exception ex)
        {
            return await FailAsync(topic.Name, date, $"unexpected error: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<EditionRun> FailAsync(string topic, DateOnly date, string reason)
    {
        await editions.SetAsync(topic, date, EditionStore.Failed, reason, null, CancellationToken.None);
        var report = await editions.GetReportAsync(topic, date, CancellationToken.None);
        await editions.SaveReportAsync(topic, date, report.WithFailure(reason), CancellationToken.None);
        TopicsLog.Failed(logger, topic, date, reason);
        return new EditionRun(EditionOutcome.Failed, topic, date, reason);
    }

    private StoredBriefing NewBriefing(TopicDefinition topic, DateOnly date)
    {
        var now = time.GetUtcNow();
        return new StoredBriefing(Guid.NewGuid(), $"{topic.Name} · {date:yyyy-MM-dd}", BriefingStatus.Queued, null, null, topic.Engine?.ToLowerInvariant(), topic.Words, 0, now, now, null, null, null, null) { MaxStories = topic.StoryCap };
    }

    private static EditionRun Claimed(Edition edition) => new(
        EditionOutcome.AlreadyClaimed,
        edition.Topic,
        edition.Date,
        edition.Status switch
        {
            EditionStore.Ready => "the edition was made already",
            EditionStore.Failed => $"the edition failed ({edition.Reason}); run it again with force",
            _ => $"the edition is being made ({edition.Status})",
        },
        edition.BriefingId);

    private EditionRun Unknown(string name)
    {
        TopicsLog.UnknownTopic(logger, name);
        return new EditionRun(EditionOutcome.UnknownTopic, name, null, $"no topic named '{name}'");
    }
}

using System.Text;
using Briefing.Ingestion;
using Briefing.Service.Feeds;
using Briefing.Service.Storage;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Topics;

/// <summary>
/// Gathers an edition's articles: fixed pages, files, and the new items of each feed within the topic's lookback,
/// each read from its page (the item's own text when the page cannot be had). A failing source is reported and the
/// rest still gathered; nothing is stored here, so a crash before the briefing is stored loses no item.
/// </summary>
public sealed class EditionGatherer(
    IFeedReader feeds,
    IArticlePageReader pages,
    FeedSourceStore states,
    IOptions<EditionsOptions> options,
    IOptions<IngestionOptions> ingestion,
    TimeProvider time)
{
    private static readonly FeedReadStatus[] Failing = [FeedReadStatus.Failed, FeedReadStatus.NotAFeed, FeedReadStatus.Gone, FeedReadStatus.RateLimited, FeedReadStatus.Deferred, FeedReadStatus.Deactivated];

    public async Task<GatheredEdition> GatherAsync(TopicDefinition topic, CancellationToken cancellationToken)
    {
        var sources = topic.Sources.Select(TopicSource.Parse).ToList();
        var known = await states.ListAsync(topic.Name, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.FetchConcurrency, CancellationToken = cancellationToken };

        var feedSources = sources.Where(s => s.Kind == TopicSourceKind.Feed).Select(s => s.Location).Distinct().ToList();
        var reads = new FeedReadResult[feedSources.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, feedSources.Count), parallel, async (i, token) =>
            reads[i] = await feeds.ReadAsync(known.TryGetValue(feedSources[i], out var r) ? r.State : new FeedSourceState(feedSources[i]), token));

        var failures = new List<string>();
        var perPath = new Dictionary<string, int>();
        var files = ReadFiles(sources.Where(s => s.Kind == TopicSourceKind.Path), perPath, failures);
        var fixedPages = sources.Where(s => s.Kind == TopicSourceKind.Page).Select(s => (Source: TopicSource.PagePrefix + s.Location, Item: new FeedItem(s.Location, null, s.Location, null, null, null, null), FeedTitle: (string?)null));
        // Why each source's items were not used, in the words of the edition's failure list, for its source row.
        var notUsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void NotUsed(string source, string why) => (notUsed.TryGetValue(source, out var list) ? list : notUsed[source] = []).Add(why);

        var since = time.GetUtcNow() - TimeSpan.FromHours(topic.LookbackHours);
        var recent = new List<(string Source, FeedItem Item, string? FeedTitle)>();
        foreach (var (url, result) in feedSources.Zip(reads))
        {
            var old = result.NewItems.Count(item => item.Published is { } p && p < since);
            if (old > 0) NotUsed(url, $"{Count(old, "item")} older than the lookback of {topic.LookbackHours} hours (LookbackHours)");
            recent.AddRange(result.NewItems.Where(item => item.Published is not { } p || p >= since).Select(item => (url, item, result.FeedTitle)));
        }

        var fresh = recent.DistinctBy(c => c.Item.Link ?? c.Item.Id).OrderByDescending(c => c.Item.Published ?? DateTimeOffset.MinValue).ToList();
        foreach (var twice in recent.Except(fresh).GroupBy(c => c.Source)) NotUsed(twice.Key, $"{Count(twice.Count(), "item")} taken from another source already");
        var room = Math.Max(0, options.Value.MaxArticles - files.Count);
        var wanted = fixedPages.Concat(fresh).ToList();
        if (wanted.Count > room)
        {
            var leftOut = $"an edition takes at most {options.Value.MaxArticles} articles (Editions:MaxArticles)";
            failures.Add($"{wanted.Count - room} items left out: {leftOut}");
            foreach (var cut in wanted.Skip(room).GroupBy(c => c.Source)) NotUsed(cut.Key, $"{Count(cut.Count(), "item")} left out: {leftOut}");
        }

        wanted = wanted.Take(room).ToList();

        var read = new ArticlePage[wanted.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, wanted.Count), parallel, async (i, token) => read[i] = await pages.ReadAsync(wanted[i].Item, token));

        var articles = new List<StoredArticle>(files);
        var items = new List<ItemReport>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var (source, item, feedTitle) = wanted[i];
            var page = read[i];
            var bytes = Encoding.UTF8.GetBytes(page.Text);
            var blank = string.IsNullOrWhiteSpace(page.Text);
            if (blank || bytes.Length > ingestion.Value.MaxFileBytes)
            {
                var why = $"{(blank ? "no text" : "text over Ingestion:MaxFileBytes")}{(page.FallbackReason is null ? "" : " (" + page.FallbackReason + ")")}";
                failures.Add($"{item.Link ?? item.Id}: {why}");
                NotUsed(source, source.StartsWith(TopicSource.PagePrefix, StringComparison.Ordinal) ? why : $"{item.Link ?? item.Id}: {why}");
                continue;
            }

            // The page's own publisher, then the link's host; the feed's title only for an item without a link.
            var outlet = page.Publisher ?? OutletName.FromUrl(item.Link) ?? feedTitle;
            articles.Add(new StoredArticle(articles.Count, $"item-{articles.Count + 1}.txt", "text/plain", bytes, item.Title, outlet, item.Link, item.Published));
            items.Add(new ItemReport(source, item.Title, item.Link, page.FromPage, page.FallbackReason));
        }

        var reports = new List<SourceReport>();
        for (var i = 0; i < feedSources.Count; i++)
        {
            var (result, url) = (reads[i], feedSources[i]);
            var error = Error(result);
            if (error is not null) failures.Add($"{url}: {error}");
            var used = items.Count(it => it.Source == url);
            var unused = notUsed.TryGetValue(url, out var why) ? $"{result.NewItems.Count - used} of {Count(result.NewItems.Count, "new item")} not used: {string.Join("; ", why)}" : null;
            reports.Add(new SourceReport(url, "feed", result.Status.ToString(), result.NewItems.Count, used, Join(Join(error, result.Notice), unused)));
        }

        foreach (var page in sources.Where(s => s.Kind == TopicSourceKind.Page))
        {
            var key = TopicSource.PagePrefix + page.Location;
            var used = items.FirstOrDefault(it => it.Source == key);
            var reason = used is null ? notUsed.TryGetValue(key, out var why) ? string.Join("; ", why) : "not read" : used.FallbackReason;
            if (used is not null && reason is not null) failures.Add($"{page.Location}: {reason}"); // a page not used is in the list already
            reports.Add(new SourceReport(page.Location, "page", reason is null ? "Read" : "Failed", 1, used is null ? 0 : 1, reason));
        }

        foreach (var path in sources.Where(s => s.Kind == TopicSourceKind.Path))
        {
            var count = perPath.GetValueOrDefault(path.Location);
            var missing = !File.Exists(path.Location) && !Directory.Exists(path.Location);
            reports.Add(new SourceReport(path.Location, "path", missing ? "Failed" : "Read", count, count, missing ? "no such folder or file" : null));
        }

        var remembered = reads.Select(r => new FeedSourceRecord(r.State, r.Status)).ToList();
        return new GatheredEdition(articles, remembered, new EditionReport(reports, items, failures));
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";

    private static string? Error(FeedReadResult result) => result.Status switch
    {
        FeedReadStatus.Deactivated or FeedReadStatus.Gone => result.State.DeactivatedReason ?? result.Error ?? "deactivated",
        FeedReadStatus.Deferred => $"not tried until {result.State.NextAttemptAt:u} after {result.State.FailureCount} failures: {result.State.LastError}",
        _ when Failing.Contains(result.Status) => result.Error ?? result.State.LastError ?? result.Status.ToString(),
        _ => result.Error,
    };

    private List<StoredArticle> ReadFiles(IEnumerable<TopicSource> paths, Dictionary<string, int> perPath, List<string> failures)
    {
        var articles = new List<StoredArticle>();
        foreach (var path in paths)
        {
            IReadOnlyList<string> found = Directory.Exists(path.Location)
                ? [.. Directory.EnumerateFiles(path.Location, "*", SearchOption.TopDirectoryOnly).Where(f => DocumentFormats.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)]
                : File.Exists(path.Location) ? [path.Location] : [];
            if (found.Count == 0) failures.Add($"{path.Location}: no such folder or file, or no article files in it");
            foreach (var file in found.Take(options.Value.MaxArticles - articles.Count))
            {
                var info = new FileInfo(file);
                if (info.Length > ingestion.Value.MaxFileBytes)
                {
                    failures.Add($"{file}: over Ingestion:MaxFileBytes");
                    continue;
                }

                articles.Add(new StoredArticle(articles.Count, info.Name, null, File.ReadAllBytes(file)));
                perPath[path.Location] = perPath.GetValueOrDefault(path.Location) + 1;
            }
        }

        return articles;
    }
}

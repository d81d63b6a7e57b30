using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.TestKit.FakeFeeds;

/// <summary>
/// A loopback feed server (Kestrel on 127.0.0.1, a free port) for wire-level tests and benchmarks. Every request is
/// recorded. Built-in paths:
/// /rss.xml /atom.xml /rdf.xml (valid, <see cref="ItemsPerFeed"/> items), /conditional.xml (ETag and Last-Modified,
/// 304 when either matches), /etag-only.xml, /last-modified-only.xml, /malformed.xml (no complete item),
/// /truncated.xml (as /conditional.xml, cut off inside its last item), /hostile/dtd.xml,
/// /hostile/xxe.xml (entities aimed at a file and at /leak), /hostile/laughs.xml (billion laughs), /huge.xml (?mb=N,
/// default 20), /gzip.xml and /brotli.xml (a valid feed, compressed), /slow.xml (a byte every 200 ms, never ends),
/// /reset.xml (half a feed, then the connection is dropped), /gzip-bomb.xml (64 MB of spaces gzipped to ~64 KB),
/// /page.html (HTML instead of a feed), /moved.xml (301 to /rss.xml), /moved-308.xml, /temporary.xml (302),
/// /gone.xml (410), /limited.xml (429, Retry-After 120), /redirect?to=URL (302), /redirect-301?to=URL, /loop,
/// /to-metadata.xml (302 to 169.254.169.254), /to-private.xml (301 to 10.0.0.1),
/// /article/{slug} (an HTML article page). <see cref="Serve"/> overrides or adds a path.
/// </summary>
public sealed class FakeFeedServer : IAsyncDisposable
{
    public const string ETag = "\"v1\"";
    public const string LastModified = "Fri, 20 Nov 2026 06:00:00 GMT";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FeedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, FakeFeedReply> _scripted = new(StringComparer.OrdinalIgnoreCase);
    private int _inFlight;
    private int _maxInFlight;

    private FakeFeedServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public string BaseUrl { get; private set; } = "";

    public int ItemsPerFeed { get; set; } = 3;

    /// <summary>
    /// The clock feed items are dated by: the real one unless a test gives the clock its code under test reads, so
    /// items are always fresh for that code's lookback window, whatever today's date.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The date of each feed's first item: half an hour before <see cref="Clock"/>'s now, whole seconds.</summary>
    public DateTimeOffset Newest
    {
        get
        {
            var now = Clock.GetUtcNow().AddMinutes(-30);
            return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }
    }

    /// <summary>An RSS document of <paramref name="items"/> items dated from <see cref="Newest"/>, to serve with <see cref="Serve"/>.</summary>
    public string Rss(int items, string prefix = "rss") => FakeFeedDocuments.Rss(BaseUrl, items, Newest, prefix);

    /// <summary>Added before every answer, so concurrent requests overlap.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxConcurrentRequests => _maxInFlight;

    public IReadOnlyList<FeedRequest> Requests => [.. _requests];

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    public int CountRequests(string path) => _requests.Count(r => r.Path.Split('?')[0].Equals("/" + path.TrimStart('/'), StringComparison.OrdinalIgnoreCase));

    public void Serve(string path, FakeFeedReply reply) => _scripted["/" + path.TrimStart('/')] = reply;

    public static async Task<FakeFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeFeedServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted);
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        _requests.Enqueue(new FeedRequest(path + request.QueryString, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (_scripted.TryGetValue(path, out var scripted))
        {
            await WriteAsync(context, scripted);
            return;
        }

        var reply = path.ToLowerInvariant() switch
        {
            "/rss.xml" => new FakeFeedReply(Body: Rss(ItemsPerFeed)),
            "/atom.xml" => new FakeFeedReply(Body: FakeFeedDocuments.Atom(BaseUrl, ItemsPerFeed, Newest), ContentType: "application/atom+xml"),
            "/rdf.xml" => new FakeFeedReply(Body: FakeFeedDocuments.Rdf(BaseUrl, ItemsPerFeed, Newest), ContentType: "application/rdf+xml"),
            "/conditional.xml" => Conditional(request, etag: true, lastModified: true),
            "/etag-only.xml" => Conditional(request, etag: true, lastModified: false),
            "/last-modified-only.xml" => Conditional(request, etag: false, lastModified: true),
            "/malformed.xml" => new FakeFeedReply(Body: "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>One</title><description>an <b>unclosed tag</description></item></channel></rss>"),
            "/truncated.xml" => Truncated(Conditional(request, etag: true, lastModified: true)),
            "/hostile/dtd.xml" => new FakeFeedReply(Body: HostileFeeds.Dtd(BaseUrl)),
            "/hostile/xxe.xml" => new FakeFeedReply(Body: HostileFeeds.Xxe(BaseUrl)),
            "/hostile/laughs.xml" => new FakeFeedReply(Body: HostileFeeds.BillionLaughs()),
            "/page.html" => new FakeFeedReply(Body: "<!DOCTYPE html><html><head><title>Welcome</title></head><body><p>Our new site!</p></body></html>", ContentType: "text/html"),
            "/moved.xml" => FakeFeedReply.Redirect(301, "/rss.xml"),
            "/moved-308.xml" => FakeFeedReply.Redirect(308, Url("atom.xml")),
            "/temporary.xml" => FakeFeedReply.Redirect(302, "/rss.xml"),
            "/gone.xml" => new FakeFeedReply(410, "gone", "text/plain"),
            "/limited.xml" => new FakeFeedReply(429, "slow down", "text/plain") { Headers = new Dictionary<string, string> { ["Retry-After"] = "120" } },
            "/redirect" => FakeFeedReply.Redirect(302, request.Query["to"].ToString()),
            "/redirect-301" => FakeFeedReply.Redirect(301, request.Query["to"].ToString()),
            "/loop" => FakeFeedReply.Redirect(302, "/loop"),
            "/to-metadata.xml" => FakeFeedReply.Redirect(302, "http://169.254.169.254/latest/meta-data/"),
            "/to-private.xml" => FakeFeedReply.Redirect(301, "http://10.0.0.1/feed.xml"),
            _ when path.StartsWith("/article/", StringComparison.OrdinalIgnoreCase) =>
                new FakeFeedReply(Body: FakeFeedDocuments.Article(path["/article/".Length..]), ContentType: "text/html; charset=utf-8"),
            "/huge.xml" or "/slow.xml" or "/reset.xml" or "/gzip-bomb.xml" or "/gzip.xml" or "/brotli.xml" => null,
            _ => new FakeFeedReply(404, "not found", "text/plain"),
        };

        if (reply is not null)
        {
            await WriteAsync(context, reply);
            return;
        }

        try
        {
            await FakeFeedStreams.WriteAsync(context, path.ToLowerInvariant(), Rss(ItemsPerFeed));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client gave up, which is what these paths are for.
        }
    }

    private static FakeFeedReply Truncated(FakeFeedReply reply) => reply.Status == 200 ? reply with { Body = reply.Body![..^40] } : reply;

    private FakeFeedReply Conditional(HttpRequest request, bool etag, bool lastModified)
    {
        var headers = new Dictionary<string, string>();
        if (etag) headers["ETag"] = ETag;
        if (lastModified) headers["Last-Modified"] = LastModified;
        var matches = (etag && request.Headers.IfNoneMatch.ToString() == ETag) || (lastModified && request.Headers.IfModifiedSince.ToString() == LastModified);
        return matches
            ? new FakeFeedReply(304, "") { Headers = headers }
            : new FakeFeedReply(Body: Rss(ItemsPerFeed)) { Headers = headers };
    }

    private static async Task WriteAsync(HttpContext context, FakeFeedReply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (k, v) in reply.Headers) response.Headers[k] = v;
        if (reply.Status == 304) return;
        response.ContentType = reply.ContentType;
        if (reply.RawBody is not null) await response.Body.WriteAsync(reply.RawBody, context.RequestAborted);
        else await response.WriteAsync(reply.Body ?? "", context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

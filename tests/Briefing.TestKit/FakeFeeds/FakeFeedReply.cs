namespace Briefing.TestKit.FakeFeeds;

/// <summary>A scripted answer for one path of <see cref="FakeFeedServer"/>.</summary>
public sealed record FakeFeedReply(int Status = 200, string? Body = null, string ContentType = "application/rss+xml; charset=utf-8")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Sent as is instead of <see cref="Body"/> (e.g. a non-UTF-8 feed).</summary>
    public byte[]? RawBody { get; init; }

    public static FakeFeedReply Redirect(int status, string location) =>
        new(status, "", "text/plain") { Headers = new Dictionary<string, string> { ["Location"] = location } };
}

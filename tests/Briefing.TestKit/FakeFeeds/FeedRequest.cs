namespace Briefing.TestKit.FakeFeeds;

/// <summary>One request the fake feed server saw.</summary>
public sealed record FeedRequest(string Path, IReadOnlyDictionary<string, string> Headers);

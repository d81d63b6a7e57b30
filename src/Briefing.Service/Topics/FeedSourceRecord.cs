using Briefing.Service.Feeds;

namespace Briefing.Service.Topics;

/// <summary>A topic's feed as remembered: the reader's state and how its last read went (null before the first).</summary>
public sealed record FeedSourceRecord(FeedSourceState State, FeedReadStatus? LastStatus);

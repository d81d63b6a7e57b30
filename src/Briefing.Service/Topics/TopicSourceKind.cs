namespace Briefing.Service.Topics;

public enum TopicSourceKind
{
    /// <summary>An RSS or Atom feed: its new items within the lookback window, each read from its page.</summary>
    Feed,

    /// <summary>A fixed article page, read on every edition.</summary>
    Page,

    /// <summary>A folder or file of articles on this machine (settings topics only).</summary>
    Path,
}

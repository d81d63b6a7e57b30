namespace Briefing.Service.Feeds;

public enum FeedFormat
{
    Rss2,
    Rss1Rdf,
    Atom,
}

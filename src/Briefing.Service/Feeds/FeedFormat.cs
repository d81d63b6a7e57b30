namespace Briefing.Service.Feeds;

internal enum FeedFormat
{
    Rss2,
    Rss1Rdf,
    Atom,
}

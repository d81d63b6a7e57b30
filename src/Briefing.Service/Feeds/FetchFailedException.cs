namespace Briefing.Service.Feeds;

/// <summary>A fetch that got somewhere but could not be used: timeout, size cap, too many redirects.</summary>
internal sealed class FetchFailedException(string message) : Exception(message);

namespace Briefing.Service.Feeds;

/// <summary>A request refused before anything was sent: a scheme other than http(s) or a forbidden address.</summary>
internal sealed class FetchRefusedException(string message) : Exception(message);

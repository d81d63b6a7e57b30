namespace Briefing.Web.Apis;

/// <summary>What a request does, for the API key rules.</summary>
internal enum Access
{
    Read,
    Write,
    Delete,
}

namespace Briefing.Web.Apis;

/// <summary>What a request does, for the API key rules.</summary>
internal enum Access
{
    Read,
    Write,
    Delete,

    /// <summary>Email administration (sending to subscribers, test sends, suppressions): always needs a key.</summary>
    Admin,
}

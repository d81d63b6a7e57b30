namespace Briefing.Web.Apis;

/// <summary>What a request does, for the API key rules.</summary>
internal enum Access
{
    Read,
    Write,
    Delete,

    /// <summary>Creating, replacing or deleting a topic: always needs a configured key, like deleting.</summary>
    Manage,
}

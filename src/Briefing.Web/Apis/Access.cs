namespace Briefing.Web.Apis;

/// <summary>What a request does, for the API key rules.</summary>
internal enum Access
{
    Read,
    Write,
    Delete,

    /// <summary>
    /// Administration: creating, replacing or deleting a topic, reactivating a feed, sending email to subscribers, test
    /// sends, suppressions. Always needs a configured key, like deleting.
    /// </summary>
    Manage,
}

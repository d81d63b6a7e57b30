namespace Briefing.Service.Topics;

/// <summary>Where a topic is defined, which says whether the API may change it.</summary>
public enum TopicOrigin
{
    /// <summary>The "Topics" settings list: read-only through the API; change the settings and restart.</summary>
    Settings,

    /// <summary>Made through the API and stored in the database: every node sees it; the API changes it.</summary>
    Api,
}

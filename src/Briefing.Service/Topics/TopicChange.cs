namespace Briefing.Service.Topics;

/// <summary>The outcome of creating, replacing or removing a topic through the catalog.</summary>
public enum TopicChange
{
    Done,
    NotFound,

    /// <summary>A topic of that name already exists.</summary>
    Exists,

    /// <summary>The topic is defined in the settings, which the API does not change.</summary>
    ReadOnly,
}

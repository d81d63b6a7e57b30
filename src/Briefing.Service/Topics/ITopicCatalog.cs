namespace Briefing.Service.Topics;

/// <summary>The topics that exist: those in the "Topics" settings and those created through the API.</summary>
public interface ITopicCatalog
{
    Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The topic of that name, or null.</summary>
    Task<TopicDefinition?> FindAsync(string name, CancellationToken cancellationToken);
}

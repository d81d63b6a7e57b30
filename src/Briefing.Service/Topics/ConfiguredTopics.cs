using Microsoft.Extensions.Options;

namespace Briefing.Service.Topics;

/// <summary>The topics of the "Topics" settings list, as configured.</summary>
public sealed class ConfiguredTopics(IOptions<List<TopicDefinition>> topics) : ITopicCatalog
{
    public Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TopicDefinition>>(topics.Value);

    public Task<TopicDefinition?> FindAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(topics.Value.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal)));
}

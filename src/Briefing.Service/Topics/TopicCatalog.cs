using Microsoft.Extensions.Options;

namespace Briefing.Service.Topics;

/// <summary>
/// The topics of the "Topics" settings (read-only) and those made through the API (stored, shared by every node),
/// in one list. A stored topic never takes a settings topic's name.
/// </summary>
public sealed class TopicCatalog(IOptions<List<TopicDefinition>> configured, TopicStore store) : ITopicCatalog
{
    public async Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        return [.. configured.Value, .. stored.Where(t => Configured(t.Name) is null)];
    }

    public async Task<TopicDefinition?> FindAsync(string name, CancellationToken cancellationToken) =>
        Configured(name) ?? (await store.ListAsync(cancellationToken)).FirstOrDefault(t => t.Name == name);

    public TopicOrigin OriginOf(string name) => Configured(name) is null ? TopicOrigin.Api : TopicOrigin.Settings;

    public async Task<TopicChange> CreateAsync(TopicDefinition topic, CancellationToken cancellationToken)
    {
        if (Configured(topic.Name) is not null) return TopicChange.Exists;
        return await store.AddAsync(topic, cancellationToken) ? TopicChange.Done : TopicChange.Exists;
    }

    public async Task<TopicChange> ReplaceAsync(TopicDefinition topic, CancellationToken cancellationToken)
    {
        if (Configured(topic.Name) is not null) return TopicChange.ReadOnly;
        return await store.ReplaceAsync(topic, cancellationToken) ? TopicChange.Done : TopicChange.NotFound;
    }

    public async Task<TopicChange> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        if (Configured(name) is not null) return TopicChange.ReadOnly;
        return await store.RemoveAsync(name, cancellationToken) ? TopicChange.Done : TopicChange.NotFound;
    }

    private TopicDefinition? Configured(string name) => configured.Value.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}

using System.Text.Json;
using Briefing.Service.Storage;
using Dapper;

namespace Briefing.Service.Topics;

/// <summary>The topics made through the API, kept as their JSON definition in the topics table.</summary>
public sealed class TopicStore(Database database, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition("SELECT definition FROM topics ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(Read).ToList();
    }

    /// <summary>Adds the topic; false when one of that name is stored already.</summary>
    public async Task<bool> AddAsync(TopicDefinition topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = StoredTime.Stamp(time.GetUtcNow());
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO topics (name, definition, created_at, updated_at) VALUES (@name, @definition, @now, @now) ON CONFLICT (name) DO NOTHING",
            new { name = topic.Name, definition = JsonSerializer.Serialize(topic, Json), now },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Replaces the stored topic of that name; false when there is none.</summary>
    public async Task<bool> ReplaceAsync(TopicDefinition topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE topics SET definition = @definition, updated_at = @now WHERE name = @name",
            new { name = topic.Name, definition = JsonSerializer.Serialize(topic, Json), now = StoredTime.Stamp(time.GetUtcNow()) },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Removes the topic and the state of its feeds (its editions stay in the archive); false when there was none.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feed_sources WHERE topic = @name", new { name }, transaction, cancellationToken: cancellationToken));
        var removed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM topics WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed == 1;
    }

    private static TopicDefinition Read(string json) => JsonSerializer.Deserialize<TopicDefinition>(json, Json) ?? throw new InvalidDataException("a stored topic is empty");
}

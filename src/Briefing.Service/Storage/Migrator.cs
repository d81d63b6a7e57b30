using Dapper;
using Microsoft.Extensions.Logging;

namespace Briefing.Service.Storage;

/// <summary>
/// Applies the migrations a database has not had, each in its own transaction, recording each version. On
/// PostgreSQL an advisory lock makes nodes starting together take turns, so each migration runs once.
/// </summary>
public sealed class Migrator
{
    private const long LockKey = 0x42726965666E67; // "Briefng"

    private readonly Database _database;
    private readonly ILogger<Migrator> _logger;
    private readonly IReadOnlyList<Migration> _migrations;

    public Migrator(Database database, ILogger<Migrator> logger)
        : this(database, logger, Migrations.All)
    {
    }

    // Tests upgrade a database made by an older list of migrations.
    internal Migrator(Database database, ILogger<Migrator> logger, IReadOnlyList<Migration> migrations)
    {
        _database = database;
        _logger = logger;
        _migrations = migrations;
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        if (_database.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = LockKey }, cancellationToken: cancellationToken));
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: cancellationToken));
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken: cancellationToken));
            var current = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT MAX(version) FROM schema_version", cancellationToken: cancellationToken)) ?? 0;
            foreach (var migration in _migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(migration.SqlFor(_database.Provider), transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @at)",
                    new { migration.Version, migration.Description, at = StoredTime.Stamp(DateTimeOffset.UtcNow) },
                    transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                StorageLog.Migrated(_logger, migration.Version, migration.Description);
                current = migration.Version;
            }

            return current;
        }
        finally
        {
            if (_database.Provider == StorageProvider.Postgres)
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = LockKey }, cancellationToken: CancellationToken.None));
            }
        }
    }
}

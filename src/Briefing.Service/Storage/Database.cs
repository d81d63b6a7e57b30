using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Briefing.Service.Storage;

/// <summary>
/// Opens connections to the configured database. SQLite connections get WAL journaling and a busy timeout so the
/// web requests and the job threads can share one file; PostgreSQL uses Npgsql's pool. Both take the same SQL with
/// @name parameters, so the stores have one code path.
/// </summary>
public sealed class Database
{
    private readonly StorageOptions _options;

    public Database(IOptions<StorageOptions> options)
    {
        _options = options.Value;
        ConnectionString = Prepare(_options);
    }

    public StorageProvider Provider => _options.Provider;

    /// <summary>The connection string as used (a SQLite file path made absolute and its folder created).</summary>
    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == StorageProvider.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (Provider == StorageProvider.Sqlite)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>The connection string as used: for SQLite, the file path made absolute and its folder created.</summary>
    public static string Prepare(StorageOptions options)
    {
        if (options.Provider != StorageProvider.Sqlite) return options.ConnectionString;
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(file);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}

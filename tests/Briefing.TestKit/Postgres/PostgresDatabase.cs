namespace Briefing.TestKit.Postgres;

/// <summary>
/// A class fixture: one fresh database on the test run's <see cref="PostgresServer"/>, dropped when the class is done.
/// When PostgreSQL cannot be installed or started, <see cref="ConnectionStringAsync"/> fails the test with the reason,
/// unless BRIEFING_SKIP_POSTGRES=1 (and not BRIEFING_REQUIRE_POSTGRES=1): then it writes the reason to the test
/// output and returns null, and the test returns early (xunit 2 has no dynamic skip).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly Lazy<Task<string>> _connectionString;

    public PostgresDatabase() => _connectionString = new(async () => await (await PostgresServer.GetAsync()).CreateDatabaseAsync("briefing"));

    public static bool SkipAllowed =>
        Environment.GetEnvironmentVariable("BRIEFING_SKIP_POSTGRES") == "1" && Environment.GetEnvironmentVariable("BRIEFING_REQUIRE_POSTGRES") != "1";

    /// <summary>This class's database, or null (after saying why in the output) when PostgreSQL is unavailable and skipping is allowed.</summary>
    public async Task<string?> ConnectionStringAsync(Action<string> output)
    {
        try
        {
            return await _connectionString.Value;
        }
        catch (PostgresUnavailableException ex)
        {
            return Unavailable(ex, output);
        }
    }

    /// <summary>Another fresh database on the same server (for a test that needs an empty one), or null as above.</summary>
    public static async Task<string?> CreateAsync(string prefix, Action<string> output)
    {
        try
        {
            return await (await PostgresServer.GetAsync()).CreateDatabaseAsync(prefix);
        }
        catch (PostgresUnavailableException ex)
        {
            return Unavailable(ex, output);
        }
    }

    private static string? Unavailable(PostgresUnavailableException ex, Action<string> output)
    {
        if (!SkipAllowed)
        {
            throw new PostgresUnavailableException($"PostgreSQL tests cannot run: {ex.Message}. Set BRIEFING_SKIP_POSTGRES=1 to pass them without PostgreSQL.");
        }

        output($"SKIPPED (BRIEFING_SKIP_POSTGRES=1): {ex.Message}");
        return null;
    }

    public void Dispose()
    {
        if (!_connectionString.IsValueCreated || !_connectionString.Value.IsCompletedSuccessfully) return;
        PostgresServer.GetAsync().Result.DropDatabaseAsync(_connectionString.Value.Result).GetAwaiter().GetResult();
    }
}

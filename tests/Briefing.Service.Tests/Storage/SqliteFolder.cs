using Microsoft.Data.Sqlite;

namespace Briefing.Service.Tests.Storage;

/// <summary>A temporary folder of SQLite files for one test class, deleted afterwards.</summary>
public sealed class SqliteFolder : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("briefing-sqlite-").FullName;

    public string ConnectionString(string name) => $"Data Source={Path.Combine(_path, name + ".db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_path, recursive: true);
    }
}

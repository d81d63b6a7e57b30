using Briefing.Service.Storage;

namespace Briefing.Service.Tests.Storage;

public sealed class SqliteBriefingStoreTests(SqliteFolder folder) : BriefingStoreTests, IClassFixture<SqliteFolder>
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<string?> ConnectionStringAsync() => Task.FromResult<string?>(folder.ConnectionString("briefing"));

    protected override Task<string?> EmptyDatabaseAsync() => Task.FromResult<string?>(folder.ConnectionString("empty-" + Guid.NewGuid().ToString("N")[..8]));
}

using Briefing.Service.Storage;
using Briefing.TestKit.Postgres;
using Xunit.Abstractions;

namespace Briefing.Service.Tests.Storage;

public sealed class PostgresBriefingStoreTests(PostgresDatabase database, ITestOutputHelper output) : BriefingStoreTests, IClassFixture<PostgresDatabase>
{
    protected override StorageProvider Provider => StorageProvider.Postgres;

    protected override Task<string?> ConnectionStringAsync() => database.ConnectionStringAsync(output.WriteLine);

    protected override Task<string?> EmptyDatabaseAsync() => PostgresDatabase.CreateAsync("empty", output.WriteLine);
}

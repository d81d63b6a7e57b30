namespace Briefing.Service.Storage;

/// <summary>One schema version. <c>{BLOB}</c> in the SQL becomes BLOB on SQLite and BYTEA on PostgreSQL.</summary>
internal sealed record Migration(int Version, string Description, string Sql)
{
    public string SqlFor(StorageProvider provider) => Sql.Replace("{BLOB}", provider == StorageProvider.Postgres ? "BYTEA" : "BLOB", StringComparison.Ordinal);
}

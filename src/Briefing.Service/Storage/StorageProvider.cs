namespace Briefing.Service.Storage;

/// <summary>The database behind storage and the job store.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}

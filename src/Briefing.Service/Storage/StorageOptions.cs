using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Storage;

/// <summary>Where briefings, their articles, run reports and job state are kept (appsettings section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (the default: one file, one node) or Postgres (several nodes sharing one database).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. The default value is "Data Source=data/briefing.db": a SQLite file in a data
    /// folder under the working folder, created on start.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/briefing.db";
}

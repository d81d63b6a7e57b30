using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Jobs;

/// <summary>Background generation on Quartz.NET (appsettings section "Jobs").</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Briefings generated at once on one node. The default value is 2.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>A briefing interrupted this many times (by crashes or restarts) fails with that reason. The default value is 3.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Whether Quartz runs its clustered job store so several nodes share the work (PostgreSQL only). The default value is true.</summary>
    public bool Clustered { get; set; } = true;
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Topics;

/// <summary>How scheduled editions are gathered and when a late one is still made (appsettings section "Editions").</summary>
public sealed class EditionsOptions
{
    public const string Section = "Editions";

    /// <summary>
    /// A firing this late (after downtime) still makes the edition it was scheduled for, once; a later one makes none.
    /// The default value is 12 hours.
    /// </summary>
    [Range(0, 7 * 24)]
    public int GraceHours { get; set; } = 12;

    /// <summary>Articles one edition takes at most, newest first; the rest are reported as left out. The default value is 100.</summary>
    [Range(1, 1000)]
    public int MaxArticles { get; set; } = 100;

    /// <summary>Sources and article pages of one edition read at once (each host still gets Feeds:MaxConcurrencyPerHost). The default value is 8.</summary>
    [Range(1, 64)]
    public int FetchConcurrency { get; set; } = 8;

    public TimeSpan Grace => TimeSpan.FromHours(GraceHours);
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Web;

/// <summary>The web service's limits and access rules (appsettings section "Web").</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// API keys accepted in the X-Api-Key header. When any is set, every write needs one (and reads too when
    /// <see cref="ReadsRequireKey"/>); deleting always needs one. The default is none: open writes, no deletes.
    /// </summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Whether reads (API and pages) need a key as well. The default value is false.</summary>
    public bool ReadsRequireKey { get; set; }

    /// <summary>Articles accepted in one request. The default value is 50.</summary>
    [Range(1, 1000)]
    public int MaxArticles { get; set; } = 50;

    /// <summary>Bytes accepted in one request body (uploads and JSON). The default value is 20 MB.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxRequestBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Briefings one key (or, without a key, one client address) may ask for per minute. The default value is 10.</summary>
    [Range(1, 100_000)]
    public int GenerationsPerMinute { get; set; } = 10;

    /// <summary>Archive page size when a request gives none. The default value is 20 (at most 100).</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;
}

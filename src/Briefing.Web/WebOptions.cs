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

    /// <summary>
    /// Memory for finished renderings kept to answer repeated downloads without reading the database. The default value
    /// is 64 MB; 0 turns the cache off.
    /// </summary>
    [Range(0, 16_384)]
    public int RenderingCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// How long a rendering stays in that cache. A briefing deleted through another node can still be downloaded from
    /// this one for at most this long. The default value is 30 seconds; 0 turns the cache off.
    /// </summary>
    [Range(0, 3600)]
    public int RenderingCacheSeconds { get; set; } = 30;

    /// <summary>Archive page size when a request gives none. The default value is 20 (at most 100).</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;
}

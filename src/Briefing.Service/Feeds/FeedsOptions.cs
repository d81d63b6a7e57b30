using System.ComponentModel.DataAnnotations;

namespace Briefing.Service.Feeds;

/// <summary>Settings for fetching feeds and article pages (appsettings section "Feeds").</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>Whole-request limit (headers and body) for one hop. The default value is 30 seconds.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Limit for opening a TCP connection. The default value is 10 seconds.</summary>
    [Range(1, 120)]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>A feed larger than this after decompression is refused. The default value is 5 MB.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>An article page larger than this after decompression is refused. The default value is 3 MB.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public int MaxPageBytes { get; set; } = 3 * 1024 * 1024;

    /// <summary>Redirects followed per request; each hop is checked again. The default value is 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests in flight to one host at a time. The default value is 2.</summary>
    [Range(1, 2)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Random pause of up to this many milliseconds before each request to a host. The default value is 500 ms.</summary>
    [Range(0, 60_000)]
    public int JitterMilliseconds { get; set; } = 500;

    /// <summary>First wait after a failure; doubled on each further failure. The default value is 15 minutes.</summary>
    [Range(1, 24 * 60)]
    public int BackoffBaseMinutes { get; set; } = 15;

    /// <summary>Longest wait between attempts on a failing source, and the cap on a Retry-After. The default value is 24 hours.</summary>
    [Range(1, 30 * 24 * 60)]
    public int BackoffMaxMinutes { get; set; } = 24 * 60;

    /// <summary>Item ids remembered per source so an item is never processed twice. The default value is 2000.</summary>
    [Range(10, 100_000)]
    public int MaxSeenItems { get; set; } = 2000;

    /// <summary>
    /// Host names (or IP literals) whose addresses are trusted even when loopback or private, e.g. "127.0.0.1" for
    /// tests. Cloud metadata addresses are refused regardless. The default value is empty.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Allow loopback and private addresses for every host (a closed intranet). Cloud metadata addresses are
    /// refused regardless. The default value is false.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>User-Agent sent with every request. The default value is "Briefing/1.0 (feed reader)".</summary>
    [Required]
    [MinLength(1)]
    public string UserAgent { get; set; } = "Briefing/1.0 (feed reader)";
}

using System.ComponentModel.DataAnnotations;

namespace Briefing.Ingestion;

/// <summary>Settings for reading and cleaning articles (appsettings section "Ingestion").</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Files larger than this are skipped with a reason. The default value is 5 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Word-trigram Jaccard similarity at or above which two articles count as one story. The default value is 0.8.</summary>
    [Range(0.1, 1.0)]
    public double NearDuplicateThreshold { get; set; } = 0.8;

    /// <summary>Articles with fewer words than this after cleaning are skipped. The default value is 20.</summary>
    [Range(1, 10_000)]
    public int MinWords { get; set; } = 20;

    /// <summary>
    /// A page is not an article, and is skipped with a reason, when at least this share of its words is web-page
    /// furniture (error, sign-in, mailing-list, sharing, video-player or web-archive notices; see Boilerplate) and its
    /// other text is under <see cref="ArticleProseWords"/> words. 1 keeps every page. The default value is 0.5.
    /// </summary>
    [Range(0.01, 1.0)]
    public double MaxFurnitureShare { get; set; } = 0.5;

    /// <summary>
    /// Text beside the furniture that makes a page an article whatever its furniture (a long report with a photo
    /// gallery's captions is still a report).
    /// </summary>
    public const int ArticleProseWords = 100;

    /// <summary>Whether a symbolic link found inside an input folder is followed (only to a place inside an input folder). The default value is false.</summary>
    public bool FollowLinks { get; set; }

    /// <summary>How deep a folder walk goes below a folder named as input. The default value is 16 levels.</summary>
    [Range(0, 256)]
    public int MaxDepth { get; set; } = 16;

    /// <summary>At most this many files are read from the inputs; the rest are reported. The default value is 1,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxFiles { get; set; } = 1000;
}

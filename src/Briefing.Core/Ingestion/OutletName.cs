namespace Briefing.Ingestion;

/// <summary>
/// One rule for naming an article's outlet, on every host: what the article says of itself (front matter, a page's
/// <c>og:site_name</c> or JSON-LD publisher, a dateline such as "(CNN)"), else its URL's host, else, when a briefing
/// is shown, a neutral "Source n". Never a file name a reader did not choose, and a feed's title only when nothing
/// else is known.
/// </summary>
public static class OutletName
{
    /// <summary>The host of an absolute URL without a leading "www."; null for anything else.</summary>
    public static string? FromUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : null;

    /// <summary>How source <paramref name="number"/> (1-based, as listed in the briefing) is credited.</summary>
    public static string Label(string? outlet, int number) => string.IsNullOrWhiteSpace(outlet) ? $"Source {number}" : outlet;
}

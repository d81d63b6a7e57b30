namespace Briefing.Service.Topics;

/// <summary>
/// One entry of a topic's Sources, by its shape: an http(s) URL is a feed, "page:" and an http(s) URL is a fixed
/// article page read on every edition, anything else is a folder or file of articles on this machine.
/// </summary>
public sealed record TopicSource(TopicSourceKind Kind, string Location)
{
    public const string PagePrefix = "page:";

    public static TopicSource Parse(string source)
    {
        var text = source.Trim();
        if (text.StartsWith(PagePrefix, StringComparison.OrdinalIgnoreCase)) return new TopicSource(TopicSourceKind.Page, text[PagePrefix.Length..].Trim());
        return IsWebAddress(text) ? new TopicSource(TopicSourceKind.Feed, text) : new TopicSource(TopicSourceKind.Path, text);
    }

    /// <summary>Why the source cannot be used, or null: a page must be an absolute http(s) URL, a URL of another scheme is refused.</summary>
    public string? Problem()
    {
        if (Location.Length == 0) return "is empty";
        if (Location.Length > 2000) return "is longer than 2000 characters";
        if (Kind == TopicSourceKind.Page && !IsWebAddress(Location)) return $"'{Location}' after \"{PagePrefix}\" is not an absolute http or https URL";
        if (Kind == TopicSourceKind.Path && Uri.TryCreate(Location, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1 && !uri.IsFile) return $"'{Location}' uses the {uri.Scheme} scheme; only http and https are read";
        return null;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}

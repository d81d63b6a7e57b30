using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Briefing.Service.Feeds;

/// <summary>One RSS item or Atom entry to a <see cref="FeedItem"/>.</summary>
internal static class FeedEntry
{
    public static FeedItem FromRss(XElement item, Uri? baseUrl)
    {
        var link = Link(Child(item, "link"), baseUrl) ?? Link(item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value, baseUrl);
        var guidElement = item.Elements().FirstOrDefault(e => FeedParser.Is(e, "guid"));
        var guid = guidElement?.Value ?? item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;

        // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
        if (link is null && guidElement is not null && (string?)guidElement.Attribute("isPermaLink") != "false") link = Link(guid, baseUrl);
        var published = FeedDates.Parse(Child(item, "pubDate") ?? Child(item, "date") ?? Child(item, "published") ?? Child(item, "updated"));
        var author = Child(item, "creator") ?? Child(item, "author");
        return Build(guid, Child(item, "title"), link, published, author, Child(item, "description"), Child(item, "encoded"));
    }

    public static FeedItem FromAtom(XElement entry, Uri? baseUrl)
    {
        var links = entry.Elements().Where(e => FeedParser.Is(e, "link")).ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var href = (string?)alternate?.Attribute("href") ?? alternate?.Value;
        var author = entry.Elements().FirstOrDefault(e => FeedParser.Is(e, "author")) is { } a
            ? Child(a, "name") ?? a.Value
            : null;
        var published = FeedDates.Parse(Child(entry, "published") ?? Child(entry, "updated") ?? Child(entry, "issued"));
        return Build(Child(entry, "id"), Child(entry, "title"), Link(href, baseUrl), published, author, Child(entry, "summary"), Child(entry, "content"));
    }

    private static FeedItem Build(string? guid, string? title, string? link, DateTimeOffset? published, string? author, string? summaryHtml, string? contentHtml)
    {
        var summary = FeedText.Plain(summaryHtml);
        var content = FeedText.Plain(contentHtml) ?? summary;
        var plainTitle = FeedText.Plain(title);
        var id = Blank(guid) ?? link ?? "sha256:" + Hash(plainTitle + "\n" + content);
        return new FeedItem(id, plainTitle, link, published, FeedText.Plain(author), summary, content);
    }

    // Atom's type="xhtml" content arrives as child elements: keep their markup so paragraphs stay apart.
    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => FeedParser.Is(e, localName)) is { } e
            ? e.HasElements ? string.Concat(e.Nodes()) : e.Value
            : null;

    // Only http(s) links survive: a javascript: or file: link in a feed is data, not a place to go.
    private static string? Link(string? raw, Uri? baseUrl)
    {
        var s = Blank(raw);
        if (s is null) return null;
        // On Unix "/path" parses as an absolute file: URI, so a leading slash always means relative to the feed.
        Uri? uri = !s.StartsWith('/') && Uri.TryCreate(s, UriKind.Absolute, out var abs) ? abs
            : baseUrl is not null && Uri.TryCreate(baseUrl, s, out var rel) ? rel : null;
        return uri is not null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}

using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Service.Feeds;

/// <summary>RSS 2.0, RSS 1.0/RDF and Atom 1.0, read with a hardened XmlReader and matched on local names only.</summary>
internal static partial class FeedParser
{
    // Prefixes feeds use without declaring them; any other undeclared prefix gets a placeholder namespace.
    private static readonly Dictionary<string, string> KnownPrefixes = new()
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["media"] = "http://search.yahoo.com/mrss/",
    };

    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, Uri? baseUrl, int maxCharacters)
    {
        var text = BodyDecoder.Decode(bytes);
        if (LooksLikeHtml(text)) return ParsedFeed.Failed("an HTML page was served instead of a feed", isHtml: true);

        XDocument doc;
        try
        {
            doc = Load(XmlRepair.Repair(text), maxCharacters);
        }
        catch (XmlException e)
        {
            return ContainsHtml(text)
                ? ParsedFeed.Failed("an HTML page was served instead of a feed", isHtml: true)
                : ParsedFeed.Failed("not well-formed XML: " + e.Message);
        }

        var root = doc.Root!;
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" => Read(FeedFormat.Rss2, root.Elements().FirstOrDefault(e => Is(e, "channel")), root, "item", baseUrl),
            "rdf" => Read(FeedFormat.Rss1Rdf, root.Elements().FirstOrDefault(e => Is(e, "channel")), root, "item", baseUrl),
            "feed" => Read(FeedFormat.Atom, root, root, "entry", baseUrl),
            "html" => ParsedFeed.Failed("an HTML page was served instead of a feed", isHtml: true),
            var other => ParsedFeed.Failed($"not a feed: the document's root element is <{other}>"),
        };
    }

    private static XDocument Load(string text, int maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var names = new NameTable();
        var namespaces = new XmlNamespaceManager(names);
        foreach (Match m in Prefix().Matches(text))
        {
            var prefix = m.Groups[1].Value;
            if (prefix is "xml" or "xmlns" || namespaces.HasNamespace(prefix)) continue;
            namespaces.AddNamespace(prefix, KnownPrefixes.GetValueOrDefault(prefix, "urn:briefing:undeclared:" + prefix));
        }

        using var reader = XmlReader.Create(new StringReader(text), settings, new XmlParserContext(names, namespaces, null, XmlSpace.None));
        return XDocument.Load(reader);
    }

    private static ParsedFeed Read(FeedFormat format, XElement? channel, XElement root, string itemName, Uri? baseUrl)
    {
        // RSS 1.0 puts items beside the channel; RSS 2.0 inside it; some broken RSS 2.0 feeds beside it too.
        var items = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => Is(e, itemName)).Distinct();
        var parsed = items.Select(e => format == FeedFormat.Atom ? FeedEntry.FromAtom(e, baseUrl) : FeedEntry.FromRss(e, baseUrl)).ToList();
        var title = FeedText.Plain(channel?.Elements().FirstOrDefault(e => Is(e, "title"))?.Value);
        return new ParsedFeed(format, title, parsed, null);
    }

    internal static bool Is(XElement e, string localName) => string.Equals(e.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    // Pages that open with a comment or a bare <head> fail as XML; their markup still gives them away.
    private static bool ContainsHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head>", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?:<|\s)/?([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_][A-Za-z0-9_.-]*")]
    private static partial Regex Prefix();
}

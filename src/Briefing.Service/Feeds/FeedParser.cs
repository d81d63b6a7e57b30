using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Service.Feeds;

/// <summary>RSS 2.0, RSS 1.0/RDF and Atom 1.0, read with a hardened XmlReader and matched on local names only.</summary>
internal static partial class FeedParser
{
    private const string HtmlServed = "an HTML page was served instead of a feed";

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
        if (LooksLikeHtml(text)) return ParsedFeed.Failed(HtmlServed, isHtml: true);

        string? root = null, title = null;
        var items = new List<XElement>();
        string? damage = null;
        try
        {
            using var reader = CreateReader(XmlRepair.Repair(text), maxCharacters);
            reader.MoveToContent();
            root = reader.LocalName.ToLowerInvariant();
            if (root is not ("rss" or "rdf" or "feed")) return NotAFeed(root, text);
            ReadItems(reader, items, ref title);
        }
        catch (XmlException e)
        {
            // A feed cut off or broken part-way still gives the items that were complete before the damage.
            if (root is null || items.Count == 0) return ContainsHtml(text) ? ParsedFeed.Failed(HtmlServed, isHtml: true) : ParsedFeed.Failed("not well-formed XML: " + e.Message);
            damage = $"damaged after {items.Count} items: {e.Message}";
        }

        var format = root switch { "rss" => FeedFormat.Rss2, "rdf" => FeedFormat.Rss1Rdf, _ => FeedFormat.Atom };
        var parsed = items.Select(e => format == FeedFormat.Atom ? FeedEntry.FromAtom(e, baseUrl) : FeedEntry.FromRss(e, baseUrl)).ToList();
        return new ParsedFeed(format, FeedText.Plain(title), parsed, damage) { Notice = DeclaresEntities(text) ? EntitiesIgnored : null };
    }

    private const string EntitiesIgnored = "its DTD declares entities, which are never expanded (an XML safety limit): text using them shows the entity's name";

    // Only the prolog, before the root element, can declare entities.
    private static bool DeclaresEntities(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0) return false;
        var end = text.IndexOf("]>", doctype, StringComparison.Ordinal);
        return text.IndexOf("<!ENTITY", doctype, StringComparison.Ordinal) is var entity && entity > 0 && (end < 0 || entity < end);
    }

    // Streams the document: each item or entry becomes an XElement; the feed's own title is the first title at
    // channel level. RSS 1.0 puts items beside the channel, RSS 2.0 inside it; both are found.
    private static void ReadItems(XmlReader reader, List<XElement> items, ref string? title)
    {
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName.Equals("item", StringComparison.OrdinalIgnoreCase) || reader.LocalName.Equals("entry", StringComparison.OrdinalIgnoreCase))
            {
                items.Add((XElement)XNode.ReadFrom(reader));
            }
            else if (title is null && reader.Depth <= 2 && reader.LocalName.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                title = ((XElement)XNode.ReadFrom(reader)).Value;
            }
            else
            {
                reader.Read();
            }
        }
    }

    private static ParsedFeed NotAFeed(string root, string text) => root == "html" || ContainsHtml(text)
        ? ParsedFeed.Failed(HtmlServed, isHtml: true)
        : ParsedFeed.Failed($"not a feed: the document's root element is <{root}>");

    private static XmlReader CreateReader(string text, int maxCharacters)
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

        return XmlReader.Create(new StringReader(text), settings, new XmlParserContext(names, namespaces, null, XmlSpace.None));
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

using System.Globalization;
using System.Security;
using System.Text;

namespace Briefing.TestKit.FakeFeeds;

/// <summary>
/// Valid feeds and pages the fake server hands out; links point back at the server. Item i is dated
/// <c>newest</c> minus i minutes: callers pass a time from the clock the code under test reads
/// (<see cref="FakeFeedServer.Newest"/>), never a fixed date, so a lookback window holds on any day.
/// </summary>
public static class FakeFeedDocuments
{
    public static string Rss(string baseUrl, int items, DateTimeOffset newest, string prefix = "rss")
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Fake RSS</title><link>""");
        sb.Append(SecurityElement.Escape(baseUrl)).Append("</link><description>fake</description>");
        for (var i = 0; i < items; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>{prefix} story {i}</title><link>{baseUrl}article/{prefix}-{i}</link>")
              .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{prefix}-{i}</guid><pubDate>{newest.AddMinutes(-i):r}</pubDate>")
              .Append(CultureInfo.InvariantCulture, $"<dc:creator>Reporter {i}</dc:creator><description>&lt;p&gt;Summary of {prefix} story {i}.&lt;/p&gt;</description></item>");
        }

        return sb.Append("</channel></rss>").ToString();
    }

    public static string Atom(string baseUrl, int items, DateTimeOffset newest)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fake Atom</title>""");
        sb.Append(CultureInfo.InvariantCulture, $"<id>{baseUrl}atom.xml</id><updated>{newest:yyyy-MM-ddTHH:mm:ssZ}</updated>");
        for (var i = 0; i < items; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<entry><title>atom story {i}</title><link rel=\"alternate\" href=\"{baseUrl}article/atom-{i}\"/>")
              .Append(CultureInfo.InvariantCulture, $"<id>urn:fake:atom:{i}</id><updated>{newest.AddMinutes(-i):yyyy-MM-ddTHH:mm:sszzz}</updated>")
              .Append(CultureInfo.InvariantCulture, $"<author><name>Writer {i}</name></author><summary type=\"html\">Summary of atom story {i}.</summary></entry>");
        }

        return sb.Append("</feed>").ToString();
    }

    public static string Rdf(string baseUrl, int items, DateTimeOffset newest)
    {
        var sb = new StringBuilder("""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">""");
        sb.Append(CultureInfo.InvariantCulture, $"<channel rdf:about=\"{baseUrl}rdf.xml\"><title>Fake RDF</title><link>{baseUrl}</link><description>fake</description></channel>");
        for (var i = 0; i < items; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<item rdf:about=\"{baseUrl}article/rdf-{i}\"><title>rdf story {i}</title><link>{baseUrl}article/rdf-{i}</link>")
              .Append(CultureInfo.InvariantCulture, $"<dc:date>{newest.AddMinutes(-i):yyyy-MM-ddTHH:mm:ssZ}</dc:date><description>Summary of rdf story {i}.</description></item>");
        }

        return sb.Append("</rdf:RDF>").ToString();
    }

    public static string Article(string slug) =>
        $"""
        <!DOCTYPE html><html><head><title>Article {slug}</title></head><body>
        <nav>Home | World | Sport</nav>
        <article><h1>Article {slug}</h1>
        <p>This is the full text of article {slug}, as published on its own page with every paragraph intact.</p>
        <p>A second paragraph gives the details that a feed summary leaves out, with figures and quotes.</p>
        </article><footer>Copyright</footer></body></html>
        """;
}

using System.Text;

namespace Briefing.TestKit.FakeFeeds;

/// <summary>Feeds that try to make an XML parser read files, call out, or expand entities without end.</summary>
public static class HostileFeeds
{
    public static string Dtd(string baseUrl) =>
        $"""
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "{baseUrl}leak/dtd">
        <rss version="2.0"><channel><title>DTD</title>
        <item><title>Harmless &amp; fine</title><link>{baseUrl}article/dtd-1</link><guid>dtd-1</guid></item>
        </channel></rss>
        """;

    public static string Xxe(string baseUrl) =>
        $"""
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY file SYSTEM "file:///etc/passwd">
          <!ENTITY remote SYSTEM "{baseUrl}leak/entity">
          <!ENTITY % param SYSTEM "{baseUrl}leak/param">
          %param;
        ]>
        <rss version="2.0"><channel><title>XXE</title>
        <item><title>File: &file;</title><description>Remote: &remote;</description><guid>xxe-1</guid></item>
        </channel></rss>
        """;

    public static string BillionLaughs()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append("  <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">\n");
        }

        return sb.Append("]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item><title>&lol9;</title><guid>laughs-1</guid></item></channel></rss>").ToString();
    }
}

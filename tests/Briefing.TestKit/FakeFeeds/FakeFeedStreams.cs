using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Briefing.TestKit.FakeFeeds;

/// <summary>Bodies the fake server writes itself: compressed, huge, never-ending, or a gzip bomb.</summary>
internal static class FakeFeedStreams
{
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 64; i++) gzip.Write(spaces);
        }

        return output.ToArray();
    });

    public static async Task WriteAsync(HttpContext context, string path, string validFeed)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        response.ContentType = "application/rss+xml";
        if (path == "/gzip-bomb.xml")
        {
            response.Headers.ContentEncoding = "gzip";
            await response.Body.WriteAsync(GzipBomb.Value, aborted);
            return;
        }

        if (path is "/gzip.xml" or "/brotli.xml")
        {
            var gzip = path == "/gzip.xml";
            response.Headers.ContentEncoding = gzip ? "gzip" : "br";
            using var compressed = new MemoryStream();
            await using (Stream encoder = gzip ? new GZipStream(compressed, CompressionLevel.Fastest, true) : new BrotliStream(compressed, CompressionLevel.Fastest, true))
            {
                await encoder.WriteAsync(Encoding.UTF8.GetBytes(validFeed), aborted);
            }

            await response.Body.WriteAsync(compressed.ToArray(), aborted);
            return;
        }

        if (path == "/reset.xml")
        {
            await response.WriteAsync(validFeed[..(validFeed.Length / 2)], aborted);
            await response.Body.FlushAsync(aborted);
            await Task.Delay(200, aborted);
            context.Abort();
            return;
        }

        if (path == "/slow.xml")
        {
            await response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", aborted);
            while (true)
            {
                await response.WriteAsync(" ", aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(200, aborted);
            }
        }

        var megabytes = int.TryParse(context.Request.Query["mb"], out var mb) ? mb : 20;
        await response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>", aborted);
        var item = Encoding.UTF8.GetBytes("<item><title>filler</title><description>" + new string('x', 1000) + "</description></item>");
        for (long written = 0; written < megabytes * 1024L * 1024; written += item.Length) await response.Body.WriteAsync(item, aborted);
        await response.WriteAsync("</channel></rss>", aborted);
    }
}

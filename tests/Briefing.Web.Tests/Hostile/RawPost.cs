using System.Net.Sockets;
using System.Text;

namespace Briefing.Web.Tests.Hostile;

/// <summary>
/// A POST over a bare socket that reads the answer while still sending the body. A server refusing a huge body
/// answers early and closes the connection; HttpClient then fails with a broken pipe instead of showing the answer.
/// </summary>
internal static class RawPost
{
    public static async Task<(int Status, string Text)> SendAsync(Uri address, string path, HttpContent content)
    {
        var body = await content.ReadAsByteArrayAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: {content.Headers.ContentType}\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var reading = ReadAsync(stream);
        try
        {
            for (var at = 0; at < body.Length && !reading.IsCompleted; at += 64 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(at, Math.Min(64 * 1024, body.Length - at)));
            }
        }
        catch (IOException)
        {
            // The server stopped reading: its answer is already on the way.
        }

        var text = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    private static async Task<string> ReadAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
                var text = Encoding.UTF8.GetString(received.ToArray());
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end >= 0 && Complete(text[..end], text.Length - end - 4)) return text;
            }
        }
        catch (IOException)
        {
            // Reset after the answer was read.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static bool Complete(string head, int bodyBytes)
    {
        var length = head.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null && bodyBytes >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

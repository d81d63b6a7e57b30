using System.Net;
using System.Net.Http.Headers;

namespace Briefing.Service.Feeds;

/// <summary>
/// GET with the protections every feed and page fetch needs: http(s) only, redirects followed here (each hop
/// re-checked, permanent ones reported), per-host politeness, one timeout per hop covering the body, and a cap on
/// the decompressed body. Failures come back as exceptions: <see cref="FetchRefusedException"/>,
/// <see cref="FetchFailedException"/>, <see cref="HttpRequestException"/>.
/// </summary>
internal sealed class SafeHttp(HttpClient client, HostGate gate, FeedsOptions options, TimeProvider time) : IDisposable
{
    public void Dispose() => client.Dispose();

    public async Task<FetchResponse> GetAsync(Uri url, int maxBytes, Action<HttpRequestHeaders>? headers, string accept, CancellationToken cancellationToken)
    {
        Uri? permanent = null;
        var allPermanent = true;
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                throw new FetchRefusedException($"refused {url.Scheme}: only http and https are fetched");
            }

            // The timeout starts once the host's turn comes, so waiting behind other requests to it never counts.
            using var entered = await gate.EnterAsync(url.IdnHost, cancellationToken);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.RequestTimeoutSeconds), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            headers?.Invoke(request.Headers);
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (hop >= options.MaxRedirects) throw new FetchFailedException($"more than {options.MaxRedirects} redirects");
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    allPermanent &= status is 301 or 308;
                    if (allPermanent) permanent = url;
                    continue;
                }

                var body = response.IsSuccessStatusCode ? await ReadCappedAsync(response.Content, maxBytes, linked.Token) : [];
                var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
                return new FetchResponse(response.StatusCode, url, permanent, response.Headers, response.Content.Headers.ContentType?.MediaType,
                    response.Content.Headers.ContentType?.CharSet, lastModified, body);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new FetchFailedException($"timed out after {options.RequestTimeoutSeconds} s at {url}");
            }
            catch (HttpRequestException e) when (Find<FetchRefusedException>(e) is { } refused)
            {
                throw new FetchRefusedException($"refused {url}: {refused.Message}");
            }
            catch (IOException e)
            {
                throw new FetchFailedException($"connection lost while reading {url}: {e.Message}");
            }
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes && content.Headers.ContentEncoding.Count == 0)
        {
            throw new FetchFailedException($"larger than the {maxBytes}-byte cap");
        }

        // The handler decompresses, so this stream is already the decompressed body: a gzip bomb stops at the cap.
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new FetchFailedException($"larger than the {maxBytes}-byte cap after decompression");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
        }

        return null;
    }

    public static HttpClient CreateClient(SafeConnector connector, FeedsOptions options)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = connector.ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(options.ConnectTimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            MaxResponseHeadersLength = 64,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        return client;
    }
}

using Briefing.Service.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Apis;

/// <summary>
/// Finished renderings kept in memory for a short while, so a burst of downloads of one briefing reads the database
/// once instead of once per request. A rendering never changes once stored; only a delete ends it. A delete on this
/// node evicts at once; one on another node is seen here within <see cref="WebOptions.RenderingCacheSeconds"/>
/// (shorter than the max-age=300 every download already allows browsers and proxies).
/// </summary>
internal sealed class RenderingCache(BriefingStore store, IOptions<WebOptions> web) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = web.Value.RenderingCacheMegabytes * 1024L * 1024L });

    public async Task<StoredRendering?> GetAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        var key = (id, format);
        if (_cache.TryGetValue(key, out StoredRendering? cached)) return cached;
        var rendering = await store.GetRenderingAsync(id, format, cancellationToken);
        if (rendering is not null && web.Value.RenderingCacheSeconds > 0)
        {
            _cache.Set(key, rendering, new MemoryCacheEntryOptions
            {
                Size = rendering.Content.Length + 256,
                AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(web.Value.RenderingCacheSeconds),
            });
        }

        return rendering;
    }

    public void Evict(Guid id)
    {
        foreach (var format in BriefingsApi.Formats) _cache.Remove((id, format));
    }

    public void Dispose() => _cache.Dispose();
}

using Briefing.Summarization.Llm;

namespace Briefing.Tests.Summarization.Llm;

public sealed class MapCacheTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("[{\"Claim\":\"Talks ended.\",\"Quotes\":null}]")]
    [InlineData("[{\"Claim\":\"Talks ended.\",\"Quotes\":[]}]")]
    [InlineData("[{\"Claim\":\"Talks ended.\",\"Quotes\":[\"\"]}]")]
    [InlineData("[{\"Claim\":null,\"Quotes\":[\"The talks ended\"]}]")]
    [InlineData("[null]")]
    [InlineData("[]")]
    [InlineData("{\"not\":\"a list\"}")]
    public void TryGet_DamagedEntry_IsAMiss(string json)
    {
        var cache = new MapCache(_dir.Path);
        var key = MapCache.Key("text", "v1", "m", 3000, 8);
        cache.Put(key, [new ArticleClaim("Talks ended.", ["The talks ended without a deal"])]);
        var file = Directory.GetFiles(_dir.Path, key + ".json", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, json);

        Assert.Null(cache.TryGet(key));
    }

    [Fact]
    public void TryGet_WholeEntry_IsAHit()
    {
        var cache = new MapCache(_dir.Path);
        var key = MapCache.Key("text", "v1", "m", 3000, 8);
        cache.Put(key, [new ArticleClaim("Talks ended.", ["The talks ended without a deal"])]);

        Assert.Equal("Talks ended.", Assert.Single(cache.TryGet(key)!).Claim);
    }

    [Fact]
    public void New_TemporaryFilesOfAKilledProcess_SweptButNotAFreshOneOrAnEntry()
    {
        var key = MapCache.Key("text", "v1", "m", 3000, 8);
        new MapCache(_dir.Path).Put(key, [new ArticleClaim("Talks ended.", ["The talks ended without a deal"])]);
        var folder = Path.GetDirectoryName(Directory.GetFiles(_dir.Path, key + ".json", SearchOption.AllDirectories).Single())!;
        var stale = Path.Combine(folder, $".{key}.json.{Guid.NewGuid():N}.tmp");
        var fresh = Path.Combine(folder, $".{key}.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "[");
        File.WriteAllText(fresh, "[");
        File.SetLastWriteTimeUtc(stale, System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime().AddMinutes(-5));

        var cache = new MapCache(_dir.Path);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh)); // written since this process started: perhaps another process's, mid-write
        Assert.NotNull(cache.TryGet(key));
    }
}

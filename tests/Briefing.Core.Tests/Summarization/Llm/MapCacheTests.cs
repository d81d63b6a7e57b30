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
}

using Briefing.Text;
using Briefing.Domain;
using Briefing.Disagreements;

namespace Briefing.Tests.Text;

public sealed class StoryIndexCacheTests
{
    [Fact]
    public void For_SameListTwice_BuiltOnce_AnotherListGetsItsOwn()
    {
        IReadOnlyList<Article> articles = [Stories.Make("S1", "Talks in Lausanne ended on Saturday without a deal."), Stories.Make("S2", "The Lausanne talks ended with no deal on Saturday.")];
        IReadOnlyList<Article> copy = [.. articles];

        var cache = new StoryIndexCache();

        var first = cache.For(articles);

        Assert.Same(first, cache.For(articles));
        Assert.NotSame(first, cache.For(copy));
        Assert.Equal(2, first.Sentences.Count);
    }
}

using Briefing.Model;
using Briefing.Reconciliation;

namespace Briefing.Tests.Reconciliation;

public sealed class StoryIndexTests
{
    [Fact]
    public void For_SameListTwice_BuiltOnce_AnotherListGetsItsOwn()
    {
        IReadOnlyList<Article> articles = [Stories.Make("S1", "Talks in Lausanne ended on Saturday without a deal."), Stories.Make("S2", "The Lausanne talks ended with no deal on Saturday.")];
        IReadOnlyList<Article> copy = [.. articles];

        var first = StoryIndex.For(articles);

        Assert.Same(first, StoryIndex.For(articles));
        Assert.NotSame(first, StoryIndex.For(copy));
        Assert.Equal(2, first.Sentences.Count);
    }
}

using Briefing.Evaluation;

namespace Briefing.Tests.Evaluation;

public sealed class BCubedTests
{
    [Fact]
    public void Score_SamePartitionUnderOtherLabels_AllOne()
    {
        var (p, r, f) = BCubed.Score([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]);

        Assert.Equal((1.0, 1.0, 1.0), (p, r, f));
    }

    [Fact]
    public void Score_EverythingInOneGroup_PrecisionIsShareOfOwnClusterRecallOne()
    {
        var (p, r, _) = BCubed.Score([0, 0, 1, 1], [5, 5, 5, 5]);

        Assert.Equal(0.5, p, 9);
        Assert.Equal(1.0, r, 9);
    }

    [Fact]
    public void Score_AllSingletons_PrecisionOneRecallInverseClusterSize()
    {
        var (p, r, f) = BCubed.Score([0, 0, 0, 1], [0, 1, 2, 3]);

        Assert.Equal(1.0, p, 9);
        Assert.Equal(((3 * (1.0 / 3)) + 1) / 4, r, 9);
        Assert.Equal(2 * p * r / (p + r), f, 9);
    }

    [Fact]
    public void Score_OneArticleFiledWithAnotherStory_PerItemAverages()
    {
        // truth {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        var (p, r, _) = BCubed.Score([0, 0, 0, 1, 1], [0, 0, 1, 1, 1]);

        Assert.Equal((1 + 1 + (1.0 / 3) + (2.0 / 3) + (2.0 / 3)) / 5, p, 9);
        Assert.Equal(((2.0 / 3) + (2.0 / 3) + (1.0 / 3) + 1 + 1) / 5, r, 9);
    }

    [Fact]
    public void Score_ListsOfDifferentLength_Throws() =>
        Assert.Throws<ArgumentException>(() => BCubed.Score([0, 1], [0]));
}

using Briefing.Evaluation;

namespace Briefing.Tests.Evaluation;

public sealed class AdjustedRandTests
{
    [Fact]
    public void Score_SamePartitionUnderOtherLabels_One() =>
        Assert.Equal(1.0, AdjustedRand.Score([0, 0, 1, 1, 2], [4, 4, 2, 2, 0]), 9);

    [Fact]
    public void Score_OneClusterSplit_MatchesReferenceValue() =>
        // scikit-learn documents adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.571428...
        Assert.Equal(4.0 / 7, AdjustedRand.Score([0, 0, 1, 1], [0, 0, 1, 2]), 9);

    [Fact]
    public void Score_CrossedPartition_BelowChance() =>
        Assert.Equal(-0.5, AdjustedRand.Score([0, 0, 1, 1], [0, 1, 0, 1]), 9);

    [Fact]
    public void Score_BothAllSingletons_One() =>
        Assert.Equal(1.0, AdjustedRand.Score([0, 1, 2], [2, 1, 0]), 9);
}

using Briefing.Stories;

namespace Briefing.Tests.Grouping;

public sealed class AverageLinkClusteringTests
{
    [Fact]
    public void Cluster_MissingPairCountsAsZero_ChainJoinsOnlyWhenMeanReachesThreshold()
    {
        (int, int, double)[] edges = [(0, 1, 0.9), (1, 2, 0.9)];

        var loose = AverageLinkClustering.Cluster(3, edges, 0.4);
        var strict = AverageLinkClustering.Cluster(3, edges, 0.5);

        Assert.Equal([0, 0, 0], loose);
        Assert.Equal(strict[0], strict[1]);
        Assert.NotEqual(strict[0], strict[2]);
    }

    [Fact]
    public void Cluster_NoEdges_EveryItemAlone() =>
        Assert.Equal([0, 1, 2], AverageLinkClustering.Cluster(3, [], 0.1));

    [Fact]
    public void Cluster_TwoDenseGroupsWeakBridge_TwoGroups()
    {
        (int, int, double)[] edges = [(0, 1, 0.8), (0, 2, 0.7), (1, 2, 0.9), (3, 4, 0.8), (2, 3, 0.2)];

        var labels = AverageLinkClustering.Cluster(5, edges, 0.15);

        Assert.Equal([0, 0, 0, 3, 3], labels);
    }
}

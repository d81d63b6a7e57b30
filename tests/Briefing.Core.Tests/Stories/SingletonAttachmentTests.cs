using Briefing.Stories;
using Briefing.Text;

namespace Briefing.Tests.Grouping;

public sealed class SingletonAttachmentTests
{
    // Terms 0-2: a flood story; 3-5: an election story; 6: a word both use.
    private static SparseVector V(params (int Term, double Weight)[] weights) => SparseVector.FromWeights(weights.ToDictionary(w => w.Term, w => w.Weight));

    private static readonly SparseVector[] TwoStories =
    [
        V((0, 1), (1, 1), (6, 0.2)), V((0, 1), (2, 1)),
        V((3, 1), (4, 1), (6, 0.2)), V((3, 1), (5, 1)),
    ];

    [Fact]
    public void Attach_LoneArticleClearlyClosestToOneStory_JoinsIt()
    {
        SparseVector[] vectors = [.. TwoStories, V((1, 1), (2, 0.5), (6, 0.3))];
        int[] labels = [0, 0, 2, 2, 4];

        SingletonAttachment.Attach(labels, vectors, 0.1, 3);

        Assert.Equal([0, 0, 2, 2, 0], labels);
    }

    [Fact]
    public void Attach_LoneArticleAsCloseToTwoStories_StaysAlone()
    {
        SparseVector[] vectors = [.. TwoStories, V((0, 1), (3, 1), (6, 1))];
        int[] labels = [0, 0, 2, 2, 4];

        SingletonAttachment.Attach(labels, vectors, 0.1, 3);

        Assert.Equal(4, labels[4]);
    }

    [Fact]
    public void Attach_BelowTheThreshold_StaysAlone()
    {
        SparseVector[] vectors = [.. TwoStories, V((6, 0.1), (7, 1))];
        int[] labels = [0, 0, 2, 2, 4];

        SingletonAttachment.Attach(labels, vectors, 0.1, 3);

        Assert.Equal(4, labels[4]);
    }
}

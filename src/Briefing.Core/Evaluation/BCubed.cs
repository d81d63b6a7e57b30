namespace Briefing.Evaluation;

/// <summary>
/// B-cubed precision and recall (Bagga and Baldwin 1998; Amigó et al. 2009): per item, the share of its predicted
/// group that shares its true group, and the share of its true group found in its predicted group, averaged over items.
/// </summary>
internal static class BCubed
{
    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("truth and predicted label lists differ in length", nameof(predicted));
        if (truth.Count == 0) return (1, 1, 1);
        var both = new Dictionary<(int, int), int>();
        var truthSize = new Dictionary<int, int>();
        var predictedSize = new Dictionary<int, int>();
        for (var i = 0; i < truth.Count; i++)
        {
            both[(truth[i], predicted[i])] = both.GetValueOrDefault((truth[i], predicted[i])) + 1;
            truthSize[truth[i]] = truthSize.GetValueOrDefault(truth[i]) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
        }

        double precision = 0, recall = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var shared = both[(truth[i], predicted[i])];
            precision += (double)shared / predictedSize[predicted[i]];
            recall += (double)shared / truthSize[truth[i]];
        }

        precision /= truth.Count;
        recall /= truth.Count;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }
}

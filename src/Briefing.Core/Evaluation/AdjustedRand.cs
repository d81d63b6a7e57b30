namespace Briefing.Evaluation;

/// <summary>
/// The adjusted Rand index (Hubert and Arabie 1985): agreement of two partitions over all item pairs, corrected for
/// chance, so 1 is identical, about 0 is random. Two partitions that are both all-singletons or both one group score 1.
/// </summary>
internal static class AdjustedRand
{
    public static double Score(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("truth and predicted label lists differ in length", nameof(predicted));
        var n = truth.Count;
        var cells = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            cells[(truth[i], predicted[i])] = cells.GetValueOrDefault((truth[i], predicted[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            columns[predicted[i]] = columns.GetValueOrDefault(predicted[i]) + 1;
        }

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var index = cells.Values.Sum(Pairs);
        var sumRows = rows.Values.Sum(Pairs);
        var sumColumns = columns.Values.Sum(Pairs);
        var expected = n < 2 ? 0 : sumRows * sumColumns / Pairs(n);
        var max = (sumRows + sumColumns) / 2;
        return max - expected == 0 ? 1.0 : (index - expected) / (max - expected);
    }
}

namespace Briefing.Text;

/// <summary>An L2-normalised sparse term vector; indices ascending.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    private SparseVector(int[] indices, double[] values)
    {
        Indices = indices;
        Values = values;
    }

    public int[] Indices { get; }

    public double[] Values { get; }

    public bool IsEmpty => Indices.Length == 0;

    public static SparseVector FromWeights(IReadOnlyDictionary<int, double> weights)
    {
        var pairs = weights.Where(p => p.Value > 0).OrderBy(p => p.Key).ToArray();
        var norm = Math.Sqrt(pairs.Sum(p => p.Value * p.Value));
        if (norm == 0) return Empty;
        return new SparseVector(pairs.Select(p => p.Key).ToArray(), pairs.Select(p => p.Value / norm).ToArray());
    }

    public double Cosine(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Indices;
        var b = other.Indices;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) sum += Values[i++] * other.Values[j++];
            else if (a[i] < b[j]) i++;
            else j++;
        }

        return sum;
    }
}

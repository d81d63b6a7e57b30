namespace Briefing.Text;

/// <summary>
/// TF-IDF vectors for a set of texts, with document frequency counted over <c>documents</c> (the articles), so a
/// term every article uses weighs little and a term one article uses weighs much.
/// </summary>
internal sealed class TermSpace
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly int _documents;

    public TermSpace(IEnumerable<IEnumerable<string>> documents)
    {
        foreach (var doc in documents)
        {
            _documents++;
            foreach (var term in doc.Distinct(StringComparer.Ordinal))
            {
                var id = Id(term);
                _documentFrequency[id]++;
            }
        }
    }

    public SparseVector Vector(IEnumerable<string> terms)
    {
        var tf = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            if (!_ids.TryGetValue(term, out var id)) continue;
            tf[id] = tf.GetValueOrDefault(id) + 1;
        }

        foreach (var id in tf.Keys.ToList())
        {
            tf[id] = (1 + Math.Log(tf[id])) * Idf(id);
        }

        return SparseVector.FromWeights(tf);
    }

    private double Idf(int id) => Math.Log(1 + (double)_documents / _documentFrequency[id]);

    private int Id(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = _ids.Count;
        _ids[term] = id;
        _documentFrequency.Add(0);
        return id;
    }
}

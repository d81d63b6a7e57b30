using Briefing.Text;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// Recognises two sentences of a story stating the same fact in other words: the share of the lighter sentence's
/// content (stemmed content words, names and numbers included, each weighted by its rarity across the story's
/// sentences, log(N / df)) that the other sentence contains. Containment rather than cosine, so a short report of a
/// fact matches the long sentence that states it among other things. Sentences giving different numbers never state
/// the same fact (that is a disagreement or another fact). Extra weight on names was tried: the story's own names
/// (Kerry, Lausanne) are in nearly every sentence and made unrelated sentences look alike.
/// </summary>
internal sealed class FactOverlap
{
    private readonly HashSet<string>[] _terms;
    private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);
    private readonly double[] _mass;
    private readonly string[][] _numbers;

    public FactOverlap(StoryIndex index)
    {
        _terms = index.Sentences.Select(s => FactTerms.Of(s.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in _terms)
        {
            foreach (var t in set) df[t] = df.GetValueOrDefault(t) + 1;
        }

        var n = Math.Max(2, _terms.Length);
        foreach (var (t, count) in df)
        {
            _weight[t] = Math.Log((double)n / count);
        }

        _mass = _terms.Select(set => set.Sum(t => _weight[t])).ToArray();
        _numbers = _terms.Select(set => set.Where(IsNumber).ToArray()).ToArray();
    }

    /// <summary>Weighted share of the lighter sentence's terms found in the other, 0 when their numbers differ.</summary>
    public double Containment(int a, int b)
    {
        var (small, large) = _terms[a].Count <= _terms[b].Count ? (a, b) : (b, a);
        var mass = Math.Min(_mass[a], _mass[b]);
        if (mass <= 0 || !NumbersAgree(a, b)) return 0;
        double shared = 0;
        foreach (var t in _terms[small])
        {
            if (_terms[large].Contains(t)) shared += _weight[t];
        }

        return shared / mass;
    }

    /// <summary>
    /// Whether sentences <paramref name="a"/> and <paramref name="b"/> state the same fact: their containment reaches
    /// <paramref name="threshold"/>, or <paramref name="eventThreshold"/> when both say the same thing happened to the
    /// event (ended, was postponed, called off...; see <see cref="FactTerms"/>) and both or neither deny it.
    /// </summary>
    public bool Same(int a, int b, double threshold, double eventThreshold)
    {
        var containment = Containment(a, b);
        return containment >= threshold || (containment >= eventThreshold && SameEvent(a, b));
    }

    private bool SameEvent(int a, int b) =>
        _terms[a].Contains(FactTerms.Negation) == _terms[b].Contains(FactTerms.Negation)
        && _terms[a].Any(t => FactTerms.IsEvent(t) && _terms[b].Contains(t));

    /// <summary>
    /// The rule <see cref="Containment"/> applies, for two sentences' content terms: their numbers agree when either
    /// gives none or they share one.
    /// </summary>
    public static bool NumbersAgree(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var numbers = a.Where(IsNumber).ToList();
        return numbers.Count == 0 || !b.Any(IsNumber) || numbers.Any(b.Contains);
    }

    private static bool IsNumber(string term) => char.IsDigit(term[0]);

    private bool NumbersAgree(int a, int b) =>
        _numbers[a].Length == 0 || _numbers[b].Length == 0 || _numbers[a].Any(_terms[b].Contains);
}

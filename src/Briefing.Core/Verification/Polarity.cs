using Briefing.Text;

namespace Briefing.Verification;

/// <summary>
/// Catches a point that flips what its quotes say: a term the quotes only ever negate ("no apparent
/// breakthrough") stated plainly by the point ("ended with a breakthrough"), or a term the quotes only ever state
/// negated by the point. A negation reaches the next few content words up to the end of its clause.
/// </summary>
internal static class Polarity
{
    private const int Scope = 4;

    private static readonly HashSet<string> Cues = new(["not", "no", "never", "without", "nor", "none", "nothing", "neither", "cannot", "lack", "lacked", "lacking"], StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseBreaks = new(["but", "while", "although", "though", "however", "whereas", "yet"], StringComparer.Ordinal);

    /// <summary>Null when the point keeps its quotes' polarity; else the term it flips.</summary>
    public static string? Check(string point, string backing)
    {
        var (pointPlain, pointNegated) = Terms(point);
        var (backPlain, backNegated) = Terms(backing);
        var stated = pointPlain.Except(pointNegated).FirstOrDefault(t => backNegated.Contains(t) && !backPlain.Contains(t));
        if (stated is not null) return $"the point states '{stated}' where its quotes negate it";
        var negated = pointNegated.Except(pointPlain).FirstOrDefault(t => backPlain.Contains(t) && !backNegated.Contains(t));
        return negated is null ? null : $"the point negates '{negated}' where its quotes state it";
    }

    private static (HashSet<string> Plain, HashSet<string> Negated) Terms(string text)
    {
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var negated = new HashSet<string>(StringComparer.Ordinal);
        var tokens = CanonicalTokens.Of(text);
        var left = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            var gap = i == 0 ? "" : text[tokens[i - 1].End..tokens[i].Start];
            if (gap.IndexOfAny([',', ';', ':', '.', '!', '?']) >= 0 || ClauseBreaks.Contains(word)) left = 0;
            var isCue = Cues.Contains(word) || (word == "t" && i > 0 && tokens[i - 1].Value.EndsWith('n') && gap is "'" or "’");
            if (isCue)
            {
                left = Scope;
                continue;
            }

            if (word.Length < 2 || StopWords.Contains(word)) continue;
            var term = PorterStemmer.Stem(word);
            if (left > 0)
            {
                negated.Add(term);
                left--;
            }
            else
            {
                plain.Add(term);
            }
        }

        return (plain, negated);
    }
}

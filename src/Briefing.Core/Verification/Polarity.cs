using Briefing.Text;

namespace Briefing.Verification;

/// <summary>
/// Catches a point that flips what its quotes say: a term the quotes only ever negate ("no apparent
/// breakthrough") stated plainly by the point ("ended with a breakthrough"), or a term the quotes only ever state
/// negated by the point. A negation reaches the next few content words up to the end of its clause. An event
/// word turned into its opposite ("resumed" where the quotes say "suspended") is a flip too.
/// </summary>
internal static class Polarity
{
    private const int Scope = 4;

    private static readonly HashSet<string> Cues = new(["not", "no", "never", "without", "nor", "none", "nothing", "neither", "cannot", "lack", "lacked", "lacking"], StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseBreaks = new(["but", "while", "although", "though", "however", "whereas"], StringComparer.Ordinal);

    private static readonly (string A, string B)[] Opposites =
    [
        ("resum", "suspend"), ("resum", "halt"), ("win", "lose"), ("won", "lost"), ("rise", "fall"), ("rose", "fell"),
        ("increas", "decreas"), ("accept", "reject"), ("succeed", "fail"), ("approv", "reject"), ("lift", "impos"),
        ("open", "close"), ("releas", "detain"), ("acquit", "convict"), ("agre", "refus"),
    ];

    /// <summary>Null when the point keeps its quotes' polarity; else the term it flips.</summary>
    public static string? Check(string point, string backing)
    {
        var (pointPlain, pointNegated, pointNear, beforeCue) = Terms(point);
        var (backPlain, backNegated, _, _) = Terms(backing);
        var backAll = backPlain.Concat(backNegated).ToList();
        foreach (var (a, b) in Opposites.Concat(Opposites.Select(o => (A: o.B, B: o.A))))
        {
            bool Has(IEnumerable<string> terms, string stem) => terms.Any(t => t.StartsWith(stem, StringComparison.Ordinal));
            if (Has(pointPlain, a) && !Has(backAll, a) && Has(backAll, b)) return $"the point says '{a}…' where its quotes say '{b}…'";
        }

        // "reached no conclusion" negates the word before the cue: such a word is not a plain statement.
        var stated = pointPlain.Except(pointNegated).Except(beforeCue).FirstOrDefault(t => backNegated.Contains(t) && !backPlain.Contains(t));
        if (stated is not null) return $"the point states '{stated}' where its quotes negate it";
        var negated = pointNear.Except(pointPlain).FirstOrDefault(t => backPlain.Contains(t) && !backNegated.Contains(t));
        return negated is null ? null : $"the point negates '{negated}' where its quotes state it";
    }

    // Negated holds every term in a negation's reach; Near only the first two, the ones a point's own "not" surely
    // denies (its reach may run past where the quote's stopped).
    private static (HashSet<string> Plain, HashSet<string> Negated, HashSet<string> Near, HashSet<string> BeforeCue) Terms(string text)
    {
        var near = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var negated = new HashSet<string>(StringComparer.Ordinal);
        var beforeCue = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        var tokens = CanonicalTokens.Of(text);
        var left = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            var gap = i == 0 ? "" : text[tokens[i - 1].End..tokens[i].Start];
            if (gap.IndexOfAny([',', ';', ':', '.', '!', '?', '\n']) >= 0 || ClauseBreaks.Contains(word))
            {
                left = 0;
                last = null;
            }

            var isCue = Cues.Contains(word) || (word == "t" && i > 0 && tokens[i - 1].Value.EndsWith('n') && gap is "'" or "’");
            if (isCue)
            {
                if (last is not null) beforeCue.Add(last);
                left = Scope;
                continue;
            }

            if (word.Length < 2 || StopWords.Contains(word)) continue;
            var term = PorterStemmer.Stem(word);
            last = term;
            if (left > 0)
            {
                negated.Add(term);
                if (left > Scope - 2) near.Add(term);
                left--;
            }
            else
            {
                plain.Add(term);
            }
        }

        return (plain, negated, near, beforeCue);
    }
}

using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>
/// Rule-based sentence splitting for news prose: a boundary is terminal punctuation, optional closing quotes or
/// brackets, white space, then something that can start a sentence. Abbreviations, initials and decimals are not
/// boundaries. Chinese and Japanese end marks split without a following space. Output sentences are verbatim substrings with white space collapsed.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "gov", "sen",
        "rep", "rev", "hon", "pres", "supt", "insp", "det", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "co",
        "ltd", "llc", "bros", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "vol", "ave", "blvd", "rd", "mt",
        "ft", "e.g", "i.e", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "ph.d", "u.s.a",
    };

    // Words that, capitalised after a dotted abbreviation like "U.S.", show a new sentence has started.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These", "Those",
        "A", "An", "His", "Her", "Their", "There", "Its", "As", "After", "When", "While", "If", "Some", "Many", "Meanwhile",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var text = Whitespace.Collapse(paragraph);
        var result = new List<string>();
        var start = 0;
        foreach (Match m in Candidate().Matches(text))
        {
            var end = m.Index + m.Length;
            if (!IsBoundary(text, m.Index, end)) continue;
            Add(result, text[start..end]);
            start = end;
        }

        Add(result, text[start..]);
        return result;
    }

    private static void Add(List<string> result, string sentence)
    {
        var s = sentence.Trim();
        if (s.Length > 0) result.Add(s);
    }

    private static bool IsBoundary(string text, int punct, int end)
    {
        if (text[punct] != '.') return true;
        var wordStart = punct;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(' && text[wordStart - 1] != '"')
        {
            wordStart--;
        }

        var word = text[wordStart..punct].TrimStart('\'', '‘', '“');
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        if (!Abbreviations.Contains(word)) return true;
        if (!word.Contains('.')) return false;

        // "U.S." can end a sentence: split only when a typical sentence opener follows.
        var next = NextWord(text, end);
        return SentenceStarters.Contains(next);
    }

    private static string NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '”' or '\'' or '‘' or '’')) i++;
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text[i..j];
    }

    // Terminal punctuation, closing quotes/brackets, then white space and a sentence opener; or a full-width end mark
    // (。．｡！？, see Scripts) with its closers, which needs no space after it.
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s+[""'“‘”’(\[]*[\p{Lu}\p{N}])|[。．｡！？]+[""'”’)\]」』）】》]*(?=\s*\S)")]
    private static partial Regex Candidate();
}

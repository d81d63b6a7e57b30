using Briefing.Text;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// The terms <see cref="FactOverlap"/> compares: a sentence's stemmed content words, with the common ways news
/// reports say that an event ended, was postponed or called off, began, that someone resigned or was arrested, and that
/// workers struck, brought to one term ("came to a close", "have come to an end", "concluded", "wrapped up" are all
/// <c>end</c>; "taken into custody" is <c>arrest</c> ("detained" is not: travellers are detained at airports);
/// "walkout" and "walked off the job" are <c>strike</c>), and a negation marker for "no",
/// "not", "without", "never" (a fact and its denial share most words). A small fixed list, documented here, rather than
/// synonyms: these few verbs carry the fact of a lead sentence and share no stem between their wordings.
/// </summary>
internal static class FactTerms
{
    public const string Negation = "¬";

    // Word sequences (lower case, '|' between alternatives) and the term each stands for.
    private static readonly (string[][] Words, string Term)[] Phrases =
    [
        Phrase("end", "came|come|comes|coming|drew|draw|draws|drawing|brought|bring|brings", "to", "a|an", "close|end|halt"),
        Phrase("end", "wrapped|wrap|wraps|wrapping|wound|wind|winds|winding|broke|break|breaks|breaking", "up"),
        Phrase("postpon", "put|puts|putting|pushed|push|pushes|pushing", "off|back"),
        Phrase("cancel", "called|call|calls|calling", "off"),
        Phrase("begin", "got|get|gets|getting", "under", "way|underway"),
        Phrase("begin", "kicked|kick|kicks|kicking", "off"),
        Phrase("resign", "stepped|step|steps|stepping", "down"),
        Phrase("arrest", "taken|take|takes|taking|took", "into", "custody"),
        Phrase("strike", "walked|walk|walks|walking", "off", "the", "job"),
    ];

    // Stems (Porter) that say the same as another stem in news about an event.
    private static readonly Dictionary<string, string> Stems = new(StringComparer.Ordinal)
    {
        ["conclud"] = "end", ["finish"] = "end", ["adjourn"] = "end",
        ["delai"] = "postpon", ["defer"] = "postpon", ["reschedul"] = "postpon",
        ["scrap"] = "cancel", ["abandon"] = "cancel",
        ["began"] = "begin", ["begun"] = "begin", ["start"] = "begin",
        ["quit"] = "resign",
        ["walkout"] = "strike",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "without", "never", "none", "nor", "didn't", "don't", "doesn't", "wasn't", "weren't", "isn't",
        "aren't", "won't", "can't", "cannot", "couldn't", "hasn't", "haven't", "hadn't", "failed", "fails", "fail",
    };

    /// <summary>The terms that name what happened to an event (ended, postponed, called off, began, resigned, arrested).</summary>
    public static bool IsEvent(string term) => EventTerms.Contains(term);

    private static readonly HashSet<string> EventTerms = ["end", "postpon", "cancel", "begin", "resign", "arrest"];

    public static IReadOnlyList<string> Of(string text)
    {
        var words = Tokenizer.Words(text).ToArray();
        var terms = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var phrase = Phrases.FirstOrDefault(p => Matches(words, i, p.Words));
            if (phrase.Term is not null)
            {
                terms.Add(phrase.Term);
                i += phrase.Words.Length - 1;
                continue;
            }

            var w = words[i];
            if (Negations.Contains(w))
            {
                terms.Add(Negation);
                continue;
            }

            if (w.Length < 2 && !char.IsDigit(w[0]) && !Scripts.IsIdeographic(w[0])) continue;
            if (StopWords.Contains(w)) continue;
            var stem = PorterStemmer.Stem(w.Replace("-", "", StringComparison.Ordinal)); // cease-fire, ceasefire
            terms.Add(Stems.GetValueOrDefault(stem, stem));
        }

        return terms;
    }

    private static bool Matches(string[] words, int at, string[][] pattern)
    {
        if (at + pattern.Length > words.Length) return false;
        for (var k = 0; k < pattern.Length; k++)
        {
            if (Array.IndexOf(pattern[k], words[at + k]) < 0) return false;
        }

        return true;
    }

    private static (string[][] Words, string Term) Phrase(string term, params string[] words) =>
        (words.Select(w => w.Split('|')).ToArray(), term);
}

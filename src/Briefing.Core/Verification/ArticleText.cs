using System.Text.RegularExpressions;
using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>
/// One article's text in comparison form (<see cref="CanonicalTokens"/>) with its sentences located, for finding
/// a quote tolerantly and reporting the exact source text that matched. An ellipsis splits a quote into segments
/// that must occur in order within one paragraph (no line break between them), each at least
/// <c>minSegmentWords</c> words long.
/// </summary>
internal sealed partial class ArticleText
{
    private readonly string _text;
    private readonly List<CanonicalToken> _tokens;
    private readonly List<(int First, int Last)> _sentences = [];

    public ArticleText(Article article)
    {
        _text = article.SourceText;
        _tokens = CanonicalTokens.Of(_text);
        var from = 0;
        foreach (var sentence in article.Sentences)
        {
            var words = CanonicalTokens.Values(sentence.Text);
            if (words.Length == 0) continue;
            var at = IndexOf(words, from);
            if (at < 0) continue;
            _sentences.Add((at, at + words.Length - 1));
            from = at + words.Length;
        }
    }

    /// <summary>The match, or null with why not.</summary>
    public (QuoteMatch? Match, string? Reason) Find(string quote, int minSegmentWords)
    {
        var segments = Ellipsis().Split(quote).Select(s => (Raw: s, Words: CanonicalTokens.Values(s))).Where(s => s.Words.Length > 0).ToList();
        if (segments.Count == 0) return (null, "empty quote");
        if (segments.Count > 1 && segments.Any(s => s.Words.Length < minSegmentWords)) return (null, $"a part of the quote between ellipses is shorter than {minSegmentWords} words");
        for (var start = IndexOf(segments[0].Words, 0); start >= 0; start = IndexOf(segments[0].Words, start + 1))
        {
            var spans = new List<(int First, int Last)> { (start, start + segments[0].Words.Length - 1) };
            foreach (var segment in segments.Skip(1))
            {
                var next = IndexOf(segment.Words, spans[^1].Last + 1);
                if (next < 0 || _text.AsSpan(_tokens[spans[^1].Last].End, _tokens[next].Start - _tokens[spans[^1].Last].End).Contains('\n')) break;
                spans.Add((next, next + segment.Words.Length - 1));
            }

            if (spans.Count == segments.Count) return (Describe(spans, segments.Select(s => s.Raw).ToList()), null);
        }

        return (null, segments.Count > 1 ? "quote parts not found in order within one paragraph" : "quote not found");
    }

    private QuoteMatch Describe(List<(int First, int Last)> spans, List<string> raws)
    {
        var exact = string.Join(" … ", spans.Select((s, i) => Whitespace.Collapse(Slice(s, raws[i]))));
        var covering = _sentences.Select((s, i) => (s, i)).Where(x => spans.Any(p => p.First <= x.s.Last && p.Last >= x.s.First)).Select(x => x.i).ToList();
        if (covering.Count == 0) return new QuoteMatch(exact, exact, exact);
        string Text(int i)
        {
            var end = _tokens[_sentences[i].Last].End;
            while (end < _text.Length && IsEdgePunctuation(_text[end])) end++;
            return Whitespace.Collapse(_text[_tokens[_sentences[i].First].Start..end]);
        }


        var sentences = string.Join(" ", covering.Select(Text));
        var context = string.Join(" ", Enumerable.Range(Math.Max(0, covering[0] - 2), Math.Min(2, covering[0])).Select(Text).Append(sentences));
        return new QuoteMatch(exact, sentences, context);
    }

    // The matched words plus the punctuation around them that the model's copy also had (a closing quote mark, a full stop).
    private string Slice((int First, int Last) span, string raw)
    {
        var start = _tokens[span.First].Start;
        var end = _tokens[span.Last].End;
        var trimmed = raw.Trim();
        if (trimmed.Length > 0 && !char.IsLetterOrDigit(trimmed[0]))
        {
            while (start > 0 && IsEdgePunctuation(_text[start - 1])) start--;
        }

        if (trimmed.Length > 0 && !char.IsLetterOrDigit(trimmed[^1]))
        {
            while (end < _text.Length && IsEdgePunctuation(_text[end])) end++;
        }

        return _text[start..end];
    }

    private static bool IsEdgePunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '“' or '”' or '‘' or '’' or '(' or ')';

    private int IndexOf(string[] words, int from)
    {
        for (var i = from; i + words.Length <= _tokens.Count; i++)
        {
            var j = 0;
            while (j < words.Length && _tokens[i + j].Value == words[j]) j++;
            if (j == words.Length) return i;
        }

        return -1;
    }

    [GeneratedRegex(@"\.\s*\.\s*\.|…|\[\s*(?:\.\s*\.\s*\.|…)\s*\]")]
    private static partial Regex Ellipsis();
}

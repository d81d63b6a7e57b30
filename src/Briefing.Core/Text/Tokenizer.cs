using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>Splits text into lower-case word tokens and stemmed content terms; each ideograph or kana is a token (see <see cref="Scripts"/>).</summary>
internal static partial class Tokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in WordPattern().Matches(text))
        {
            yield return m.Value.ToLowerInvariant();
        }
    }

    /// <summary>Stemmed tokens without stop words: the terms similarity and scoring work on.</summary>
    public static IEnumerable<string> ContentTerms(string text)
    {
        foreach (var w in Words(text))
        {
            if (w.Length < 2 && !char.IsDigit(w[0]) && !Scripts.IsIdeographic(w[0])) continue;
            if (StopWords.Contains(w)) continue;
            yield return PorterStemmer.Stem(w);
        }
    }

    public static int CountWords(string text) => WordPattern().Count(text);

    // One Han ideograph or kana (see Scripts), or letters and digits keeping inner apostrophes, hyphens and number
    // punctuation (400,000; 5.5).
    [GeneratedRegex(@"[\u3041-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\p{L}\p{N}-[\u3041-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}-[\u3041-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]]+)*")]
    private static partial Regex WordPattern();
}

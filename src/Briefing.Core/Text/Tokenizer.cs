using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>Splits text into lower-case word tokens and stemmed content terms.</summary>
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
            if (w.Length < 2 && !char.IsDigit(w[0])) continue;
            if (StopWords.Contains(w)) continue;
            yield return PorterStemmer.Stem(w);
        }
    }

    public static int CountWords(string text) => WordPattern().Count(text);

    // Letters and digits, keeping inner apostrophes, hyphens and number punctuation (400,000; 5.5).
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

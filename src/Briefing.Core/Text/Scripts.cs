namespace Briefing.Text;

/// <summary>
/// Rules for scripts written without spaces between words. A Chinese character (Han ideograph) or Japanese kana
/// counts as one word, the rule word processors use for CJK; Hangul is written with spaces and counts as usual.
/// 。．｡！？ end sentences as . ! ? do, with no space needed after them.
/// </summary>
internal static class Scripts
{
    /// <summary>Full-width sentence end marks.</summary>
    public const string FullWidthStops = "。．｡！？";

    /// <summary>Full-width closing quotes and brackets that may follow a sentence end mark.</summary>
    public const string FullWidthClosers = "」』）】》";

    /// <summary>A Han ideograph or a kana letter: a word of its own.</summary>
    public static bool IsIdeographic(char c) =>
        c is (>= '\u3041' and <= '\u30FA') or (>= '\u30FC' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>
    /// Space-separated words, except that in a token holding ideographs or kana each of those counts one, plus one for
    /// each run of other letters or digits in it ("iPhone手机" is three). Text without them counts as before.
    /// </summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) break;
            int ideographs = 0, runs = 0;
            var inRun = false;
            for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            {
                var c = text[i];
                if (IsIdeographic(c))
                {
                    ideographs++;
                    inRun = false;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    if (!inRun) runs++;
                    inRun = true;
                }
                else
                {
                    inRun = false;
                }
            }

            count += ideographs == 0 ? 1 : ideographs + runs;
        }

        return count;
    }
}

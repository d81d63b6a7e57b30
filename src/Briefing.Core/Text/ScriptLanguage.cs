namespace Briefing.Text;

/// <summary>
/// The language a text's script identifies, as a BCP 47 tag: Han with kana is Japanese, Han alone Chinese, Hangul
/// Korean; Arabic, Hebrew, Thai and Greek letters name their language. Latin and Cyrillic text gives null (the
/// script does not say which language), as does text with no letters.
/// </summary>
internal static class ScriptLanguage
{
    public static string? Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        int letters = 0, han = 0, kana = 0, hangul = 0, arabic = 0, hebrew = 0, thai = 0, greek = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\u3041' and <= '\u30FF': kana++; break;
                case (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'): han++; break;
                case (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'): hangul++; break;
                case (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'): arabic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
            }
        }

        if (letters == 0) return null;
        (string Tag, int Count)[] scripts = [(kana > 0 ? "ja" : "zh", han + kana), ("ko", hangul), ("ar", arabic), ("he", hebrew), ("th", thai), ("el", greek)];
        var best = scripts.MaxBy(s => s.Count);
        return best.Count * 2 > letters ? best.Tag : null;
    }
}

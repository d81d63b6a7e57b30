using System.Globalization;
using System.Text;

namespace Briefing.Text;

/// <summary>
/// Removes what would let a text show a reader something other than what it says: bidirectional overrides and
/// isolates, zero-width and other invisible format characters, Unicode tag characters, and control characters
/// (ESC, BEL, C1 controls such as CSI). Articles, titles, outlets and file names pass through it at ingestion, so
/// every comparison, quote and duplicate check works on the neutralised text; anything printed to a terminal passes
/// through <see cref="ForTerminal"/>.
/// </summary>
/// <remarks>
/// Kept: tab and line breaks (U+2028/U+2029 become line feeds), and a zero-width joiner or non-joiner between two
/// characters of scripts beyond Latin (emoji sequences, Persian, Indic), where it is part of the spelling.
/// Removed: every other character of the Unicode categories Control and Format, tag characters (U+E0000–U+E007F)
/// and unpaired surrogates. Nothing else changes, so a quote verbatim in the neutralised text is verbatim in the
/// input minus those characters.
/// </remarks>
public static class TextNeutralizer
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>The text with invisible, bidirectional and control characters removed (line breaks and tabs kept).</summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = FirstToChange(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsTag(char.ConvertToUtf32(c, text[i + 1]))) sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c is '\u2028' or '\u2029')
            {
                sb.Append('\n');
            }
            else if (Keeps(text, i))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>One value for one terminal line: neutralised, and tabs and line breaks shown as spaces.</summary>
    public static string ForTerminal(string? text)
    {
        var t = Neutralize(text);
        return t.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? t : t.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }

    /// <summary>
    /// The text with every character <see cref="Neutralize"/> would remove shown as a visible <c>\uXXXX</c> escape
    /// instead (line breaks and tabs kept): for a terminal, where the reader should see that something was there.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = FirstToChange(text);
        var lone = text.IndexOf('\r');
        while (lone >= 0 && lone + 1 < text.Length && text[lone + 1] == '\n') lone = text.IndexOf('\r', lone + 1);
        if (lone >= 0 && (first < 0 || lone < first)) first = lone;
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var code = char.ConvertToUtf32(c, text[i + 1]);
                if (IsTag(code)) sb.Append($"\\U{code:X8}");
                else sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (Keeps(text, i) && !(c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                // A lone carriage return would let a line overwrite what was printed before it.
                sb.Append(c);
            }
            else
            {
                sb.Append($"\\u{(int)c:X4}");
            }
        }

        return sb.ToString();
    }

    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= ' ' and < '\u007F') or '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsTag(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
                continue;
            }

            if (c is '\u2028' or '\u2029' || !Keeps(text, i)) return i;
        }

        return -1;
    }

    private static bool Keeps(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r') return true;
        if (char.IsSurrogate(c)) return false; // unpaired: pairs are handled by the caller
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.Control) return false;
        if (category != UnicodeCategory.Format) return true;
        return c is ZeroWidthJoiner or ZeroWidthNonJoiner && i > 0 && i + 1 < text.Length && IsJoinable(text[i - 1]) && IsJoinable(text[i + 1]);
    }

    // Characters of scripts and symbol ranges where joiners carry meaning; not Latin, not white space, not a format character.
    private static bool IsJoinable(char c) =>
        c >= '\u0370' && !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control);

    private static bool IsTag(int codePoint) => codePoint is >= 0xE0000 and <= 0xE007F;
}

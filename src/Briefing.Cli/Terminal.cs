using System.Text;

namespace Briefing.Cli;

/// <summary>
/// Text from articles, file names and models made safe to print: control characters (ESC, BEL ...) and
/// bidirectional overrides are shown as visible escapes so they can neither drive the terminal nor reorder a line.
/// </summary>
internal static class Terminal
{
    public static string Safe(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';
            if (!unsafeChar)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append($"\\u{(int)c:X4}");
        }

        return sb?.ToString() ?? text;
    }
}

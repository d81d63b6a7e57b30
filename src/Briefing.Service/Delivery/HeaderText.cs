using System.Globalization;
using System.Text;

namespace Briefing.Service.Delivery;

/// <summary>Makes text safe for a header: no line breaks or control characters, white space collapsed, length capped.</summary>
internal static class HeaderText
{
    public const int MaxSubjectLength = 150;

    public static string Subject(string? title, string fallback = "Briefing")
    {
        var text = new StringBuilder();
        foreach (var c in title ?? "")
        {
            var category = char.GetUnicodeCategory(c);
            var unsafeChar = char.IsControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
            var space = unsafeChar || char.IsWhiteSpace(c);
            if (space)
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }

        var result = text.ToString().Trim();
        if (result.Length > MaxSubjectLength)
        {
            var cut = char.IsHighSurrogate(result[MaxSubjectLength - 2]) ? MaxSubjectLength - 2 : MaxSubjectLength - 1;
            result = result[..cut].TrimEnd() + "…";
        }

        return result.Length == 0 ? fallback : result;
    }

    public static bool IsSafe(string value) => value.All(c => c >= 0x20 && c != 0x7F && !char.IsControl(c));
}

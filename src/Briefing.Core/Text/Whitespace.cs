using System.Text.RegularExpressions;

namespace Briefing.Text;

internal static partial class Whitespace
{
    /// <summary>Every run of white space (including non-breaking spaces) becomes one space; ends trimmed.</summary>
    public static string Collapse(string text) => Runs().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Runs();
}

using System.Text.RegularExpressions;

namespace Briefing.Ingestion;

/// <summary>
/// Finds a subheading run into the next sentence when a page lost its line breaks
/// ("Lavrov: ’No special expectations’ Ahead of the talks, ...") and returns the sentence without it.
/// </summary>
internal static partial class GluedHeading
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "in", "on", "at", "for", "of", "to", "from", "by", "with", "after", "before", "during", "despite",
        "however", "meanwhile", "last", "next", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
        "and", "but", "or", "so", "yet", "as", "if", "when", "while", "since", "until", "although", "though", "because",
        "earlier", "later", "today", "yesterday", "week", "month", "year", "days", "weeks", "months", "years", "instead",
        "still", "also", "then", "now", "here", "there", "again", "indeed", "moreover", "furthermore", "separately",
        "speaking", "asked", "according", "overall", "finally", "first", "second", "third", "meanwhile", "elsewhere",
    };

    public static string Strip(string sentence)
    {
        var m = QuotedHeading().Match(sentence);
        if (m.Success) return sentence[m.Length..];
        m = NounHeading().Match(sentence);
        if (m.Success && !m.Groups["h"].Value.Split(' ').Any(Function.Contains)) return sentence[m.Length..];
        return sentence;
    }

    [GeneratedRegex(@"^[^.!?:]{1,50}:\s*[‘’'""“”][^.!?‘’'""“”]{1,60}[’'""”]\s+(?=[A-Z][a-z])")]
    private static partial Regex QuotedHeading();

    [GeneratedRegex(@"^(?<h>[A-Z][a-z]+(?: [a-z]+){1,3}),\s+(?=[A-Z][a-z]+ [a-z])")]
    private static partial Regex NounHeading();
}

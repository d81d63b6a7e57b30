using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Ingestion;

/// <summary>
/// Removes news-page noise (photo captions and credits, repeated paragraphs, datelines, subheadings) without
/// rewriting any sentence: every paragraph kept is a verbatim span of the input with white space collapsed.
/// </summary>
internal static partial class ArticleCleaner
{
    public static CleanedText Clean(string body, bool detectHeadline = true)
    {
        var blocks = BlankLines().Split(body.Replace("\r\n", "\n").Replace('\r', '\n'));
        var paragraphs = new List<string>();
        var blankAfterFirst = blocks.Length > 1 && !string.IsNullOrWhiteSpace(blocks[0]);
        foreach (var block in blocks) paragraphs.AddRange(JoinLines(block));

        string? headline = null;
        if (detectHeadline && paragraphs.Count > 1 && IsHeadline(paragraphs[0], blankAfterFirst))
        {
            headline = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        string? outlet = null;
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            var text = p;
            if (kept.Count == 0) text = StripDateline(text, ref outlet);
            if (text.Length == 0 || IsCaption(text) || IsHeading(text)) continue;
            if (!seen.Add(text)) continue; // a lead paragraph repeated further down
            kept.Add(text);
        }

        return new CleanedText(headline, outlet, kept);
    }

    // Lines of one block are one paragraph unless a line ends a sentence or looks like a heading.
    private static IEnumerable<string> JoinLines(string block)
    {
        var current = "";
        foreach (var raw in block.Split('\n'))
        {
            var line = Whitespace.Collapse(raw);
            if (line.Length == 0) continue;
            if (current.Length == 0)
            {
                current = line;
                continue;
            }

            var continues = !EndsSentence(current) && (char.IsLower(line[0]) || Tokenizer.CountWords(current) > 12 || char.IsLower(current[^1]) && char.IsUpper(line[0]) && Tokenizer.CountWords(current) > 6);
            if (continues)
            {
                current += " " + line;
            }
            else
            {
                yield return current;
                current = line;
            }
        }

        if (current.Length > 0) yield return current;
    }

    // A short first line set apart, not ending a sentence (or ending on an abbreviation: "..., says U.S.").
    private static bool IsHeadline(string first, bool blankAfter) =>
        Tokenizer.CountWords(first) <= 20 && (!EndsSentence(first) || (blankAfter && DottedAbbreviation().IsMatch(first)));

    private static bool IsHeading(string paragraph) =>
        Tokenizer.CountWords(paragraph) <= 20 && !EndsSentence(paragraph);

    private static bool IsCaption(string paragraph) =>
        Credit().IsMatch(paragraph) || CaptionLead().IsMatch(paragraph);

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd('"', '\'', '”', '’', ')', ']', ' ').TrimEnd(Scripts.FullWidthClosers.AsSpan());
        return t.Length > 0 && (t[^1] is '.' or '!' or '?' or ':' or ';' || Scripts.FullWidthStops.Contains(t[^1]));
    }

    private static string StripDateline(string text, ref string? outlet)
    {
        var m = Dateline().Match(text);
        if (!m.Success) return text;
        if (m.Groups["outlet"].Success) outlet = m.Groups["outlet"].Value.Trim();
        return text[m.Length..].Trim();
    }

    [GeneratedRegex(@"\b(?:[A-Z]\.){2,}$")]
    private static partial Regex DottedAbbreviation();

    [GeneratedRegex(@"\n[ \t\u00A0]*\n")]
    private static partial Regex BlankLines();

    // "(Jean-Christophe Bott/Reuters)" or "(George Ourfalian/AFP/Getty Images)" closing a paragraph.
    [GeneratedRegex(@"\(\s*[^()]{2,60}(?:/[^()/]{2,40})+\s*\)\s*$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:Image copyright|Image caption|Photo:|Photograph:|Picture:|Media playback|Getty Images\b.{0,40}$|Caption:)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLead();

    // "(CNN)", "LONDON (Reuters) -", "WASHINGTON —" at the start of the first paragraph.
    [GeneratedRegex(@"^(?:\((?<outlet>[A-Z][\w .&'-]{1,30})\)\s*(?:[-—–]+\s*)?|[A-Z][A-Z .,'-]{2,40}\s*\((?<outlet>[^)]{2,30})\)\s*[-—–]+\s*|[A-Z][A-Z .,'-]{2,40}\s+[-—–]+\s+)")]
    private static partial Regex Dateline();
}

using Briefing.Text;
using System.Text.RegularExpressions;
using Briefing.Domain;
using Briefing.Disagreements;

namespace Briefing.Summarization.Extractive;

/// <summary>
/// Groups chosen sentences into sections a reader can follow: the most corroborated points first, then details in
/// story order, then background (points about earlier years).
/// </summary>
internal static partial class PointArranger
{
    public const string KeyPoints = "Key points";
    public const string Details = "Details";
    public const string Background = "Background";

    public static IReadOnlyList<Section> Arrange(StoryIndex index, IReadOnlyList<ScoredSentence> chosen)
    {
        if (chosen.Count == 0) return [];
        var latestYear = index.Sentences.SelectMany(s => Years(s.Text)).DefaultIfEmpty(0).Max();
        var keyCount = Math.Clamp((chosen.Count + 1) / 3, 1, 4);
        var key = chosen.OrderByDescending(c => c.Support.Count).ThenByDescending(c => c.Score).Take(keyCount).ToList();
        var rest = chosen.Except(key).OrderBy(c => index.RelativePosition[c.Index]).ThenBy(c => index.ArticleOf[c.Index]).ToList();
        var background = rest.Where(c => IsBackground(index.Sentences[c.Index].Text, latestYear)).ToList();
        var details = rest.Except(background).ToList();

        var sections = new List<Section> { new(KeyPoints, key.Select(c => ToPoint(index, c)).ToList()) };
        if (details.Count > 0) sections.Add(new Section(Details, details.Select(c => ToPoint(index, c)).ToList()));
        if (background.Count > 0) sections.Add(new Section(Background, background.Select(c => ToPoint(index, c)).ToList()));
        return sections;
    }

    // A source whose matching sentence gives other figures ("about 300 homes" for "350 homes") does not carry the
    // point: it is not cited for it (the disagreement detector lists the two figures instead).
    public static Point ToPoint(StoryIndex index, ScoredSentence chosen)
    {
        var own = index.Sentences[chosen.Index];
        var citations = new List<Citation> { new(own.ArticleId, own.Text) };
        citations.AddRange(chosen.Support
            .Where(s => FactOverlap.NumbersAgree(index.Terms[chosen.Index], index.Terms[s.Sentence]))
            .OrderBy(s => index.ArticleOf[s.Sentence])
            .Select(s => new Citation(index.Sentences[s.Sentence].ArticleId, index.Sentences[s.Sentence].Text)));
        return new Point(own.Text, citations);
    }

    private static bool IsBackground(string text, int latestYear) =>
        latestYear > 0 && Years(text).Any(y => y < latestYear - 1) && !Years(text).Contains(latestYear);

    private static IEnumerable<int> Years(string text) =>
        Year().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\b(?:19[5-9]\d|20[0-4]\d)\b")]
    private static partial Regex Year();
}

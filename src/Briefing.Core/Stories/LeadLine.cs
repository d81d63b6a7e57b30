using Briefing.Domain;
using Briefing.Text;

namespace Briefing.Stories;

/// <summary>
/// An article in one cited line, for "Also reported": its lead, the first of its opening sentences long enough to say
/// what happened (a dateline, a one-word paragraph or web-page furniture does not), quoted verbatim so that
/// verification can check it. An article with no such sentence gives its shortest one, and a line never runs past
/// <see cref="MaxWords"/> words (the quote is then the sentence's opening, still verbatim).
/// </summary>
internal static class LeadLine
{
    public const int MaxWords = 60;
    private const int MinWords = 8;
    private const int Opening = 5;

    public static Point For(Article article)
    {
        var news = article.Sentences.Where(s => !Boilerplate.IsLikely(s.Text)).ToList();
        var lead = news.Take(Opening).FirstOrDefault(s => s.WordCount is >= MinWords and <= MaxWords)
            ?? news.FirstOrDefault(s => s.WordCount is >= MinWords and <= MaxWords)
            ?? article.Sentences.MinBy(s => s.WordCount)!;
        var text = Bounded(lead.Text);
        return new Point(text, [new Citation(article.Id, text)]);
    }

    private static string Bounded(string sentence)
    {
        var words = sentence.Split(' ');
        return words.Length <= MaxWords ? sentence : string.Join(' ', words.Take(MaxWords));
    }
}

using Briefing.Domain;

namespace Briefing.Stories;

/// <summary>
/// An article in one cited line, for "Also reported": its lead, the first of its opening sentences long enough to say
/// what happened (a dateline or a one-word paragraph does not), quoted verbatim so that verification can check it.
/// </summary>
internal static class LeadLine
{
    private const int MinWords = 8;
    private const int MaxWords = 60;
    private const int Opening = 5;

    public static Point For(Article article)
    {
        var lead = article.Sentences.Take(Opening).FirstOrDefault(s => s.WordCount is >= MinWords and <= MaxWords)
            ?? article.Sentences.Where(s => s.WordCount <= MaxWords).DefaultIfEmpty(article.Sentences[0]).First();
        return new Point(lead.Text, [new Citation(article.Id, lead.Text)]);
    }
}

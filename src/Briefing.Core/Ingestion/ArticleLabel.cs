namespace Briefing.Ingestion;

/// <summary>
/// What an article without a title is called, for the model and the reader: the first words of its lead, never
/// its file name (often a hash). The file name stays in the sources list.
/// </summary>
internal static class ArticleLabel
{
    private const int Words = 10;

    public static string? FromLead(IReadOnlyList<IReadOnlyList<string>> paragraphs)
    {
        var lead = paragraphs.SelectMany(p => p).FirstOrDefault();
        if (lead is null) return null;
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= Words ? lead.TrimEnd('.') : string.Join(' ', words.Take(Words)).TrimEnd(',', ';', ':', '-', '—') + "…";
    }
}

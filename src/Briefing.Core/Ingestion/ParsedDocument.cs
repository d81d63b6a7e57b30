using Briefing.Domain;

namespace Briefing.Ingestion;

/// <summary>A readable input file before it is given a source id.</summary>
internal sealed record ParsedDocument(
    string File,
    string SourceText,
    string Title,
    string? Outlet,
    string? Url,
    DateTimeOffset? Published,
    IReadOnlyList<IReadOnlyList<string>> Paragraphs)
{
    /// <summary>True when <see cref="Title"/> is the lead's first words, the file having no title.</summary>
    public bool TitleIsLabel { get; init; }

    public IEnumerable<string> AllSentences => Paragraphs.SelectMany(p => p);

    public Article ToArticle(string id)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < Paragraphs.Count; p++)
        {
            foreach (var s in Paragraphs[p]) sentences.Add(new Sentence(id, sentences.Count, p, s));
        }

        return new Article(id, Title, Outlet, Url, Published, File, SourceText, sentences) { TitleIsLabel = TitleIsLabel };
    }
}

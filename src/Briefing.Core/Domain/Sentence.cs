namespace Briefing.Domain;

/// <summary>A sentence as it stands in its article (whitespace collapsed, otherwise verbatim).</summary>
public sealed record Sentence(string ArticleId, int Index, int Paragraph, string Text)
{
    public int WordCount { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

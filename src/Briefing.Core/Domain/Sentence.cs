namespace Briefing.Domain;

/// <summary>A sentence as it stands in its article (whitespace collapsed, otherwise verbatim). Words are counted as <see cref="Briefing.Text.Scripts"/> says.</summary>
public sealed record Sentence(string ArticleId, int Index, int Paragraph, string Text)
{
    public int WordCount { get; } = Briefing.Text.Scripts.CountWords(Text);
}

using System.Runtime.CompilerServices;
using Briefing.Domain;

namespace Briefing.Text;

/// <summary>
/// The index of a list of articles, built once: the summarizer and the disagreement detector of one run get the
/// same list, so the second asks for it at no cost. An entry goes when its list is collected.
/// </summary>
internal sealed class StoryIndexCache
{
    private readonly ConditionalWeakTable<IReadOnlyList<Article>, StoryIndex> _built = new();

    public StoryIndex For(IReadOnlyList<Article> articles) => _built.GetValue(articles, a => new StoryIndex(a));
}

using System.Text;
using Briefing.Text;
using HandlebarsDotNet;

namespace Briefing.Rendering;

/// <summary>
/// Neutralises every value a template prints (<see cref="TextNeutralizer"/>) before the output kind's own escaping:
/// article text is neutral from ingestion on, and this also covers what the model wrote and the run report.
/// </summary>
internal sealed class NeutralizingTextEncoder(ITextEncoder inner) : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is not null) inner.Encode(TextNeutralizer.Neutralize(text), target);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var sb = new StringBuilder();
        while (text is not null && text.MoveNext()) sb.Append(text.Current);
        Encode(sb.ToString(), target);
    }
}

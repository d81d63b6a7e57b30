using System.Text;
using HandlebarsDotNet;

namespace Briefing.Rendering;

/// <summary>Escapes text for Markdown: emphasis, link and code syntax, and raw HTML are shown literally.</summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': target.Write("&lt;"); break;
                case '>': target.Write("&gt;"); break;
                case '&': target.Write("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|': target.Write('\\'); target.Write(c); break;
                case '\n' or '\r': target.Write(' '); break;
                default: target.Write(c); break;
            }
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var sb = new StringBuilder();
        while (text is not null && text.MoveNext()) sb.Append(text.Current);
        Encode(sb.ToString(), target);
    }
}

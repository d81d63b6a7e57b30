namespace Briefing.Rendering.Templates;

/// <summary>
/// Text already in the output's own format, written as it is: a partial's output, or a page body our code rendered.
/// Only C# code in this project builds one; no template value or model text ever becomes one.
/// </summary>
internal sealed record RawMarkup(string Text)
{
    public override string ToString() => Text;
}

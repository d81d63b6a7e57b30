namespace Briefing.Rendering.Templates;

/// <summary>The file-name convention: the extension says the engine and the output kind.</summary>
internal static class TemplateName
{
    public const string Html = ".sbn-html";
    public const string Markdown = ".sbn-md";
    public const string Text = ".sbn-txt";

    public static TemplateKind? KindOf(string name) =>
        name.EndsWith(Html, StringComparison.Ordinal) ? TemplateKind.Html
        : name.EndsWith(Markdown, StringComparison.Ordinal) ? TemplateKind.Markdown
        : name.EndsWith(Text, StringComparison.Ordinal) ? TemplateKind.Text
        : name.EndsWith(".css", StringComparison.Ordinal) ? TemplateKind.Html
        : null;

    /// <summary>
    /// A name a template may include: relative to the templates folder, forward slashes, no "." or ".." segment,
    /// no root, no drive.
    /// </summary>
    public static bool IsSafe(string name) =>
        name.Length > 0
        && !name.Contains('\\')
        && !name.Contains(':')
        && !name.StartsWith('/')
        && !Path.IsPathRooted(name)
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}

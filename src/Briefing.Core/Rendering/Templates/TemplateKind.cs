namespace Briefing.Rendering.Templates;

/// <summary>
/// What a template writes, said by its file name: <c>.sbn-html</c> (every value HTML-escaped), <c>.sbn-md</c>
/// (Markdown and HTML syntax escaped) or <c>.sbn-txt</c> (control characters removed, nothing escaped).
/// </summary>
internal enum TemplateKind
{
    Html,
    Markdown,
    Text,
}

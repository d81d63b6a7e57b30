using Briefing.Model;

namespace Briefing.Rendering;

internal sealed class MarkdownRenderer(TemplateLocator templates) : IBriefingRenderer
{
    public string Format => "md";

    public string FileName => "briefing.md";

    public Task WriteAsync(BriefingDocument briefing, string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, templates.Environment.RenderMarkdown(BriefingView.From(briefing)), cancellationToken);
}

using Briefing.Domain;

namespace Briefing.Rendering;

internal sealed class MarkdownRenderer(CompiledTemplates templates) : IBriefingRenderer
{
    public string Format => "md";

    public string FileName => "briefing.md";

    public Task WriteAsync(BriefingDocument briefing, string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, templates.Environment.RenderMarkdown(BriefingView.From(briefing)), cancellationToken);
}

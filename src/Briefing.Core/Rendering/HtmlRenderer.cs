using Briefing.Domain;

namespace Briefing.Rendering;

internal sealed class HtmlRenderer(CompiledTemplates templates) : IBriefingRenderer
{
    public string Format => "html";

    public string FileName => "briefing.html";

    public string Render(BriefingDocument briefing) => templates.Environment.RenderHtml(BriefingView.From(briefing));

    public Task WriteAsync(BriefingDocument briefing, string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, Render(briefing), cancellationToken);
}

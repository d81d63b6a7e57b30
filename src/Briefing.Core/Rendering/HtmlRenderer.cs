using System.Text;
using Briefing.Domain;

namespace Briefing.Rendering;

internal sealed class HtmlRenderer(CompiledTemplates templates) : IBriefingRenderer
{
    public string Format => "html";

    public string MediaType => "text/html; charset=utf-8";

    public string FileExtension => ".html";

    public string Render(BriefingDocument briefing) => templates.RenderHtml(BriefingView.From(briefing));

    public Task RenderAsync(BriefingDocument briefing, Stream output, CancellationToken cancellationToken) =>
        output.WriteAsync(Encoding.UTF8.GetBytes(Render(briefing)), cancellationToken).AsTask();
}

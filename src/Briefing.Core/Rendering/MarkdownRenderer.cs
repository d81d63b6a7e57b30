using System.Text;
using Briefing.Domain;

namespace Briefing.Rendering;

internal sealed class MarkdownRenderer(CompiledTemplates templates) : IBriefingRenderer
{
    public string Format => "md";

    public string MediaType => "text/markdown; charset=utf-8";

    public string FileExtension => ".md";

    public Task RenderAsync(BriefingDocument briefing, Stream output, CancellationToken cancellationToken) =>
        output.WriteAsync(Encoding.UTF8.GetBytes(templates.RenderMarkdown(BriefingView.From(briefing))), cancellationToken).AsTask();
}

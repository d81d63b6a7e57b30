using Briefing.Domain;
using Briefing.Rendering.Templates;
using Microsoft.Extensions.Options;

namespace Briefing.Rendering;

/// <summary>
/// The briefing's templates (briefing.sbn-html, briefing.sbn-md, partials/, briefing.css), shipped or overridden
/// from Rendering:TemplatesPath, parsed once. <see cref="Validate"/> runs at start-up: it renders probe briefings
/// through every template (an unknown variable or member is an error there, not at the first real render) and checks
/// that each rendering still shows what verification found (<see cref="VerificationShown"/>).
/// </summary>
internal sealed class CompiledTemplates(IOptions<RenderingOptions> options, TimeProvider time)
{
    public const string Html = "briefing" + TemplateName.Html;
    public const string Markdown = "briefing" + TemplateName.Markdown;

    private readonly Lazy<TemplateSet> _set = new(() => TemplateSet.Load(options.Value.TemplatesPath, IsBriefing));

    public static bool IsBriefing(string name) => name.StartsWith("briefing.", StringComparison.Ordinal) || name.StartsWith("partials/", StringComparison.Ordinal);

    public string RenderHtml(BriefingView view) => _set.Value.Render(Html, view);

    public string RenderMarkdown(BriefingView view) => _set.Value.Render(Markdown, view);

    public void Validate()
    {
        var overridden = _set.Value.Files.Where(f => f.Overridden).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var with = overridden.Count == 0 ? "" : $" (overridden here: {string.Join(", ", overridden)})";
        foreach (var probe in VerificationShown.Probes(time.GetUtcNow()))
        {
            var view = BriefingView.From(probe);
            VerificationShown.CheckHtml(probe, RenderHtml(view), Html + with);
            VerificationShown.CheckMarkdown(probe, RenderMarkdown(view), Markdown + with);
        }
    }
}

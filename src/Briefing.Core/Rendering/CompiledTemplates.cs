using Briefing.Domain;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace Briefing.Rendering;

/// <summary>
/// Resolves the templates folder once and compiles the templates on first use. A missing folder, a syntax error or
/// a missing partial is a configuration error naming Rendering:TemplatesPath; <see cref="Validate"/> finds it
/// before any work by rendering a small probe briefing.
/// </summary>
internal sealed class CompiledTemplates(IOptions<RenderingOptions> options, TimeProvider time)
{
    private readonly Lazy<TemplateEnvironment> _environment = new(() => Compile(ProgramFolder.Resolve(options.Value.TemplatesPath)));

    public TemplateEnvironment Environment => _environment.Value;

    public void Validate()
    {
        var story = new StoryBriefing(
            "t",
            ["S1"],
            [new Section("Key points", [new Point("p", [new Citation("S1", "q")])])],
            [new Disagreement("d", [new DisagreementPosition("S1", "q", "1")])],
            new VerificationReport(1, 1, []));
        var single = new BriefingDocument(
            "probe",
            time.GetUtcNow(),
            "extractive",
            [new Source("S1", "t", "o", "https://example.org/", "f.txt", 30), new Source("S2", "t", "o", "https://example.org/", "g.txt", 30)],
            [story],
            [],
            new VerificationReport(1, 1, []),
            new RunReport([], [], new Dictionary<string, long>()));
        Probe(single);
        Probe(single with { AlsoReported = [new Point("p", [new Citation("S2", "q")])] });
    }

    private void Probe(BriefingDocument probe)
    {
        var view = BriefingView.From(probe);
        Guard(() => Environment.RenderHtml(view));
        Guard(() => Environment.RenderMarkdown(view));
    }

    private static TemplateEnvironment Compile(string folder) => Guard(() => new TemplateEnvironment(folder));

    private static T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is HandlebarsException or IOException or UnauthorizedAccessException)
        {
            throw new BriefingException(BriefingErrorKind.Configuration, $"templates (Rendering:TemplatesPath): {ex.Message.Split('\n')[0]}", "Rendering:TemplatesPath", ex);
        }
    }
}

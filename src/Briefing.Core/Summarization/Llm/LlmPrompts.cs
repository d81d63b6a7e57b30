using Briefing.LlmClient;
using Briefing.Domain;
using Briefing.Rendering;
using Microsoft.Extensions.Options;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The three prompt files (map.md, combine.md, reconcile.md), loaded from Llm:PromptsPath when the LLM engine is
/// built and checked by rendering each with probe data: a template that never places the source text or the
/// claims it is meant to carry is refused, naming the file.
/// </summary>
internal sealed class LlmPrompts
{
    private const string ProbeText = "PROBE-TEXT-7f3a";
    private const string ProbeQuote = "PROBE-QUOTE-7f3a";

    public LlmPrompts(IOptions<LlmOptions> options)
    {
        var folder = ProgramFolder.Resolve(options.Value.PromptsPath);
        if (!Directory.Exists(folder)) throw new PromptException(folder, "prompts folder not found (Llm:PromptsPath)");
        Map = PromptTemplate.Load(Path.Combine(folder, "map.md"), "map");
        Combine = PromptTemplate.Load(Path.Combine(folder, "combine.md"), "combine");
        Reconcile = PromptTemplate.Load(Path.Combine(folder, "reconcile.md"), "reconcile");

        var probe = new Article("S1", "Probe title", "Probe outlet", null, null, "probe.txt", ProbeText, []);
        var claims = new List<ArticleClaim> { new("Probe claim", [ProbeQuote]) };
        Require(Map, Map.RenderUser(PromptViews.Map(probe, ProbeText, 1, 1, 5)), ProbeText, "the article text ({{text}})");
        Require(Combine, Combine.RenderUser(PromptViews.Combine(probe, [claims], 5)), ProbeQuote, "the chunk claims' quotes");
        Require(Reconcile, Reconcile.RenderUser(PromptViews.Reconcile([probe], [new ArticleClaims("S1", claims, ClaimOrigin.Model)], 250)), ProbeQuote, "the sources' claims and quotes");
    }

    public PromptTemplate Map { get; }

    public PromptTemplate Combine { get; }

    public PromptTemplate Reconcile { get; }

    private static void Require(PromptTemplate prompt, string rendered, string marker, string what)
    {
        if (!rendered.Contains(marker, StringComparison.Ordinal)) throw new PromptException(prompt.File, $"the '## user' template never places {what}");
    }
}

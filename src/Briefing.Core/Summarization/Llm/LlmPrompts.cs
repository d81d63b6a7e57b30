using Briefing.LlmClient;
using Briefing.Rendering;
using Microsoft.Extensions.Options;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The three prompt functions (map.md, combine.md, reconcile.md), loaded from Llm:PromptsPath once per process when
/// the LLM engine is built: a template that never places the source text or the claims it is meant to carry, or that
/// places a variable the engine does not give, is refused, naming the file.
/// </summary>
internal sealed class LlmPrompts
{
    private static readonly string[] SourceVariables = ["source_id", "source_title", "source_outlet", "source_published", "claims_wanted"];

    public LlmPrompts(IOptions<LlmOptions> options)
    {
        var folder = ProgramFolder.Resolve(options.Value.PromptsPath);
        if (!Directory.Exists(folder)) throw new PromptException(folder, "prompts folder not found (Llm:PromptsPath)");
        Map = Load(folder, "map", "text", "the article text", [.. SourceVariables, "chunk_number", "chunk_of", "part", "text"]);
        Combine = Load(folder, "combine", "chunks", "the chunk claims' quotes", [.. SourceVariables, "chunks"]);
        Reconcile = Load(folder, "reconcile", "sources", "the sources' claims and quotes", ["words", "source_ids", "sources"]);
    }

    public PromptTemplate Map { get; }

    public PromptTemplate Combine { get; }

    public PromptTemplate Reconcile { get; }

    private static PromptTemplate Load(string folder, string name, string required, string what, string[] known)
    {
        var prompt = PromptTemplate.Load(Path.Combine(folder, name + ".md"), name);
        if (prompt.Variables.FirstOrDefault(v => !known.Contains(v)) is { } unknown)
        {
            throw new PromptException(prompt.File, $"the '## user' part places {{{{${unknown}}}}}, which the engine does not give; it gives {string.Join(", ", known.Select(k => $"{{{{${k}}}}}"))}");
        }

        if (!prompt.Variables.Contains(required)) throw new PromptException(prompt.File, $"the '## user' template never places {what} ({{{{${required}}}}})");
        return prompt;
    }
}

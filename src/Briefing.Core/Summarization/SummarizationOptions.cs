using System.ComponentModel.DataAnnotations;

namespace Briefing.Summarization;

/// <summary>Settings shared by every engine (appsettings section "Summarization").</summary>
public sealed class SummarizationOptions
{
    public const string Section = "Summarization";

    /// <summary>Word budget for the briefing's points. The default value is 250 words.</summary>
    [Range(30, 5000)]
    public int Words { get; set; } = 250;

    /// <summary>Extractive, Llm, or Auto (the default): Llm when Llm:Endpoint or a provider preset is configured, else Extractive.</summary>
    public Engine Engine { get; set; } = Engine.Auto;
}

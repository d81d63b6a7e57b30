using System.ComponentModel.DataAnnotations;

namespace Briefing.Summarization;

/// <summary>Settings shared by every engine (appsettings section "Summarization").</summary>
public sealed class SummarizationOptions
{
    public const string Section = "Summarization";

    /// <summary>The smallest word budget a briefing may ask for (every host checks against this).</summary>
    public const int MinWords = 30;

    /// <summary>The largest word budget a briefing may ask for.</summary>
    public const int MaxWords = 5000;

    /// <summary>Word budget for the briefing's points. The default value is 250 words.</summary>
    [Range(MinWords, MaxWords)]
    public int Words { get; set; } = 250;

    /// <summary>Extractive, Llm, or Auto (the default): Llm when Llm:Endpoint or a provider preset is configured, else Extractive.</summary>
    public Engine Engine { get; set; } = Engine.Auto;
}

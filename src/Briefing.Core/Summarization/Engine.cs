namespace Briefing.Summarization;

/// <summary>Which summarizer builds the briefing (Summarization:Engine, --engine).</summary>
public enum Engine
{
    Auto,
    Extractive,
    Llm,
}

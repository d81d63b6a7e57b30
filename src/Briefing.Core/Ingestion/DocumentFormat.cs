namespace Briefing.Ingestion;

/// <summary>The input formats the loader reads, each with its own parser.</summary>
public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
}

namespace Briefing.Domain;

/// <summary>A failure the user can act on: its kind, and the file, field or setting at fault when there is one.</summary>
public sealed class BriefingException(BriefingErrorKind kind, string message, string? subject = null, Exception? inner = null) : Exception(message, inner)
{
    public BriefingErrorKind Kind { get; } = kind;

    /// <summary>The file, request field or setting key (such as "Llm:Model") the message is about.</summary>
    public string? Subject { get; } = subject;
}

namespace Briefing.Generation;

/// <summary>A failure the user can act on, carrying the exit code it maps to.</summary>
public sealed class BriefingException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}

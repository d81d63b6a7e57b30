namespace Briefing.Domain;

/// <summary>What kind of failure stopped a briefing; hosts map each to an exit code or an HTTP status.</summary>
public enum BriefingErrorKind
{
    /// <summary>An input, argument or request field is wrong (a missing file, an empty path, an out-of-range value).</summary>
    BadInput,

    /// <summary>Every input was skipped; the reasons are in the message.</summary>
    NoUsableArticles,

    /// <summary>A setting is missing or invalid, or a prompt or template file is broken.</summary>
    Configuration,

    /// <summary>A rendering could not be made (for example no Chromium for the PDF).</summary>
    RenderingFailed,

    /// <summary>The model is needed and cannot be reached, with no fallback allowed.</summary>
    ModelUnavailable,
}

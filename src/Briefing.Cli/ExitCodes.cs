using Briefing.Domain;

namespace Briefing.Cli;

/// <summary>The process exit codes of the CLI; documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int BadArguments = 2;
    public const int NoUsableArticles = 3;
    public const int PdfFailed = 4;
    public const int ModelUnavailable = 5;

    /// <summary>run-topic: the edition was made (or is being made, or failed) already; --force makes it again.</summary>
    public const int EditionAlreadyMade = 6;

    /// <summary>run-topic: the edition failed; the reason is printed and recorded with the edition.</summary>
    public const int EditionFailed = 7;
    public const int Cancelled = 130;

    public static int For(BriefingErrorKind kind) => kind switch
    {
        BriefingErrorKind.BadInput or BriefingErrorKind.Configuration => BadArguments,
        BriefingErrorKind.NoUsableArticles => NoUsableArticles,
        BriefingErrorKind.RenderingFailed => PdfFailed,
        BriefingErrorKind.ModelUnavailable => ModelUnavailable,
        _ => Unexpected,
    };
}

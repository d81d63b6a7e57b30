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

namespace Briefing.Generation;

/// <summary>The process exit codes every host uses; documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int BadArguments = 2;
    public const int NoUsableArticles = 3;
    public const int PdfFailed = 4;
    public const int Cancelled = 130;
}

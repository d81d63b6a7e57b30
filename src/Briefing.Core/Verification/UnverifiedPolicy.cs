namespace Briefing.Verification;

public enum UnverifiedPolicy
{
    Drop,
    Flag,
}

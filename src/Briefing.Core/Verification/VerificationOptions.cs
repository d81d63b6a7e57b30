namespace Briefing.Verification;

/// <summary>What to do with a claim whose quote is not found (appsettings section "Verification").</summary>
public sealed class VerificationOptions
{
    public const string Section = "Verification";

    /// <summary>Drop (the default) removes unverifiable claims; Flag keeps them marked unverified.</summary>
    public UnverifiedPolicy Unverified { get; set; } = UnverifiedPolicy.Drop;
}

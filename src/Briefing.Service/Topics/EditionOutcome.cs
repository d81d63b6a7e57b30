namespace Briefing.Service.Topics;

public enum EditionOutcome
{
    /// <summary>The edition was made (or had been made and is ready).</summary>
    Ready,

    /// <summary>The edition is claimed for a run by hand and is to be made now.</summary>
    Claimed,

    /// <summary>The edition failed; its reason is recorded and it can be run again by hand with force.</summary>
    Failed,

    /// <summary>The edition was claimed already (made, failed, or being made); nothing was done.</summary>
    AlreadyClaimed,

    /// <summary>The firing came later than Editions:GraceHours after the time it stands for; no edition was made.</summary>
    BeyondGrace,

    UnknownTopic,
}

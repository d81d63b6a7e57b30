namespace Briefing.Service.Delivery;

/// <summary>What to do with a message after an attempt.</summary>
public enum SendOutcomeKind
{
    /// <summary>The server accepted the message (250 after DATA).</summary>
    Delivered,

    /// <summary>A temporary failure (4xx, lost connection, server down): try again at the outcome's RetryAt.</summary>
    Retry,

    /// <summary>A permanent failure for this recipient only (5xx to RCPT TO): record a bounce and suppress the address.</summary>
    Bounced,

    /// <summary>A failure of the whole sending set-up (authentication, sender rejected, other 5xx): pause all sending.</summary>
    Paused,

    /// <summary>Still failing temporarily after Delivery:GiveUpHours: the message fails for good with its last reply.</summary>
    Failed,
}

namespace Briefing.Service.Subscribers;

/// <summary>The result of checking a signed token.</summary>
public enum TokenCheck
{
    Valid,

    /// <summary>Not a token at all (bad shape or encoding).</summary>
    Malformed,

    /// <summary>The signature does not match: altered, made with another secret, or for another purpose.</summary>
    Forged,

    Expired,
}

namespace Briefing.Service.Subscribers;

/// <summary>What a signed link may do; a token made for one purpose is refused for another.</summary>
public enum TokenPurpose
{
    Confirm = 1,
    Unsubscribe = 2,
}

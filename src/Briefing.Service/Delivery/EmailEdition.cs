using Briefing.Domain;

namespace Briefing.Service.Delivery;

/// <summary>
/// What is mailed: a finished briefing, keyed by its edition (or on-demand briefing) id, which also keys the
/// Message-ID; <see cref="WebPath"/> is its page relative to Delivery:BaseUrl ("view in browser").
/// </summary>
public sealed record EmailEdition(string Key, BriefingDocument Briefing, string WebPath)
{
    /// <summary>The PDF to attach; null sends without an attachment.</summary>
    public EmailAttachment? Pdf { get; init; }
}

namespace Briefing.Service.Delivery;

/// <summary>A file attached to an email (the briefing's PDF).</summary>
public sealed record EmailAttachment(string FileName, string MediaType, ReadOnlyMemory<byte> Content);

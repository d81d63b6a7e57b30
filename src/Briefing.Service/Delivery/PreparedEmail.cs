namespace Briefing.Service.Delivery;

/// <summary>An edition's email rendered once, before each recipient's unsubscribe link is put in.</summary>
public sealed record PreparedEmail(string Key, string Subject, string Html, string Text, EmailAttachment? Attachment);

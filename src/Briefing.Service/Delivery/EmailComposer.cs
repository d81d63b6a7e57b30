using Briefing.Rendering;
using Briefing.Service.Subscribers;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

/// <summary>
/// Turns (edition, recipient) into an <see cref="OutgoingMessage"/>: HTML and text parts from the email templates,
/// the PDF when the edition has one, "view in browser" and unsubscribe links, RFC 8058 one-click headers and a
/// deterministic Message-ID. Deterministic as long as the clock's day does not matter: the unsubscribe token's
/// expiry is the only time-dependent part.
/// </summary>
internal sealed class EmailComposer
{
    private readonly EmailTemplates _templates;
    private readonly SubscriberTokens _tokens;
    private readonly SmtpOptions _smtp;
    private readonly DeliveryOptions _delivery;
    private readonly Uri _baseUrl;
    private readonly string _unsubscribeMarker = "briefing-unsubscribe-" + Guid.NewGuid().ToString("N");

    public EmailComposer(IOptions<RenderingOptions> rendering, SubscriberTokens tokens, IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery)
        : this(new EmailTemplates(rendering.Value.TemplatesPath), tokens, smtp, delivery)
    {
    }

    public EmailComposer(EmailTemplates templates, SubscriberTokens tokens, IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery)
    {
        _templates = templates;
        _tokens = tokens;
        _smtp = smtp.Value;
        _delivery = delivery.Value;
        var baseUrl = _delivery.BaseUrl.EndsWith('/') ? _delivery.BaseUrl : _delivery.BaseUrl + "/";
        _baseUrl = new Uri(baseUrl, UriKind.Absolute);
    }

    public OutgoingMessage Compose(EmailEdition edition, EmailRecipient recipient) => Compose(Prepare(edition, recipient.Topic), recipient);

    /// <summary>
    /// Renders an edition's email once for every recipient of <paramref name="topic"/>: the parts carry a marker
    /// where each recipient's unsubscribe link goes (a random value article text cannot guess).
    /// </summary>
    public PreparedEmail Prepare(EmailEdition edition, string topic)
    {
        if (!HeaderText.IsSafe(edition.Key)) throw new ArgumentException("the edition key must not contain control characters", nameof(edition));
        var view = EmailView.From(edition.Briefing, HeaderText.Subject(topic, "your topic"), WebUrl(edition.WebPath), _unsubscribeMarker, edition.Pdf is not null);
        return new PreparedEmail(edition.Key, HeaderText.Subject(edition.Briefing.Title), _templates.RenderHtml(view), _templates.RenderText(view), edition.Pdf);
    }

    public OutgoingMessage Compose(PreparedEmail email, EmailRecipient recipient)
    {
        var (to, from) = Addresses(recipient);
        var token = _tokens.Create(TokenPurpose.Unsubscribe, recipient.SubscriberId, recipient.Topic, TimeSpan.FromDays(_delivery.UnsubscribeLinkDays));
        var unsubscribeUrl = new Uri(_baseUrl, "unsubscribe?token=" + token).AbsoluteUri;
        var mailbox = _delivery.UnsubscribeAddress.Length > 0 ? _delivery.UnsubscribeAddress : from.Address;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = $"<{unsubscribeUrl}>, <mailto:{mailbox}?subject=unsubscribe%20{token}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            ["List-Id"] = $"<{ListIdLabel(recipient.Topic)}.{from.Host.ToLowerInvariant()}>",
            ["Auto-Submitted"] = "auto-generated",
        };
        return new OutgoingMessage(
            email.Key,
            recipient.SubscriberId,
            MessageIds.For(email.Key, recipient.SubscriberId, from.Host),
            from.Address,
            HeaderText.Subject(_smtp.FromName),
            to.Address,
            email.Subject,
            email.Html.Replace(_unsubscribeMarker, unsubscribeUrl, StringComparison.Ordinal),
            email.Text.Replace(_unsubscribeMarker, unsubscribeUrl, StringComparison.Ordinal))
        {
            Headers = headers,
            Attachment = email.Attachment,
        };
    }

    /// <summary>The double opt-in email: one signed, expiring link that confirms the subscription when opened.</summary>
    public OutgoingMessage ComposeConfirmation(string key, EmailRecipient recipient)
    {
        if (!HeaderText.IsSafe(key)) throw new ArgumentException("the key must not contain control characters", nameof(key));
        var (to, from) = Addresses(recipient);
        var token = _tokens.Create(TokenPurpose.Confirm, recipient.SubscriberId, recipient.Topic, TimeSpan.FromHours(_delivery.ConfirmationLinkHours));
        var view = new ConfirmationView(HeaderText.Subject(recipient.Topic, "your topic"), new Uri(_baseUrl, "confirm?token=" + token).AbsoluteUri, _delivery.ConfirmationLinkHours);
        return new OutgoingMessage(
            key,
            recipient.SubscriberId,
            MessageIds.For(key, recipient.SubscriberId, from.Host),
            from.Address,
            HeaderText.Subject(_smtp.FromName),
            to.Address,
            HeaderText.Subject("Confirm your subscription to " + view.Topic),
            _templates.RenderConfirmationHtml(view),
            _templates.RenderConfirmationText(view))
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-generated" },
        };
    }

    private (System.Net.Mail.MailAddress To, System.Net.Mail.MailAddress From) Addresses(EmailRecipient recipient)
    {
        if (!EmailAddresses.TryParse(recipient.Address, out var to, out var reason)) throw new ArgumentException($"recipient refused: {reason}", nameof(recipient));
        if (!EmailAddresses.TryParse(_smtp.FromAddress, out var from, out reason)) throw new InvalidOperationException($"Smtp:FromAddress: {reason}");
        return (to, from);
    }

    private string WebUrl(string path)
    {
        if (!Uri.TryCreate(path.TrimStart('/'), UriKind.Relative, out var relative)) throw new ArgumentException($"the web path must be relative to Delivery:BaseUrl: '{path}'", nameof(path));
        return new Uri(_baseUrl, relative).AbsoluteUri;
    }

    // RFC 2919 list ids are dot-atoms: the topic reduced to lower-case letters, digits and hyphens.
    private static string ListIdLabel(string topic)
    {
        var label = new string([.. topic.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-')]).Trim('-');
        return label.Length == 0 ? "briefing" : label[..Math.Min(label.Length, 60)];
    }

}

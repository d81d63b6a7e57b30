using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

/// <summary>
/// Sends one message over one SMTP connection (System.Net.Mail's SmtpClient is neither thread-safe nor pooled)
/// and turns the reply into a <see cref="SendOutcome"/>; see <see cref="SmtpReplyClassifier"/> for the rules.
/// </summary>
internal sealed class SmtpSender(IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery, TimeProvider time, ILogger<SmtpSender> logger) : ISmtpSender
{
    public async Task<SendOutcome> SendAsync(OutgoingMessage message, SendAttempt attempt, CancellationToken cancellationToken)
    {
        var options = smtp.Value;
        using var mail = MailMessageFactory.Create(message);
        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            UseDefaultCredentials = false,
            Timeout = options.TimeoutSeconds * 1000,
        };
        if (options.User.Length > 0) client.Credentials = new NetworkCredential(options.User, options.Password);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
            DeliveryLog.Delivered(logger, message.EditionKey, message.SubscriberId);
            return SendOutcome.Delivered;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Outcome(message, attempt, (SendOutcomeKind.Retry, null, $"no reply within {options.TimeoutSeconds} s (Smtp:TimeoutSeconds)"));
        }
        catch (Exception ex) when (ex is SmtpException or IOException or SocketException && !cancellationToken.IsCancellationRequested)
        {
            return Outcome(message, attempt, SmtpReplyClassifier.Classify(ex));
        }
    }

    private SendOutcome Outcome(OutgoingMessage message, SendAttempt attempt, (SendOutcomeKind Kind, int? Code, string Reply) reply)
    {
        var (kind, code, text) = reply;
        var now = time.GetUtcNow();
        var options = delivery.Value;
        switch (kind)
        {
            case SendOutcomeKind.Retry when RetrySchedule.IsExpired(attempt.FirstAttemptAt, now, TimeSpan.FromHours(options.GiveUpHours)):
                DeliveryLog.Failed(logger, message.EditionKey, message.SubscriberId, attempt.Number, code, text);
                return new SendOutcome(SendOutcomeKind.Failed, code, text);
            case SendOutcomeKind.Retry:
                var retryAt = RetrySchedule.NextAttemptAt(attempt.Number, now, TimeSpan.FromSeconds(options.RetryBaseSeconds), TimeSpan.FromSeconds(options.RetryMaxSeconds), Random.Shared.NextDouble());
                DeliveryLog.Deferred(logger, message.EditionKey, message.SubscriberId, attempt.Number, code, text, retryAt);
                return new SendOutcome(kind, code, text, retryAt);
            case SendOutcomeKind.Bounced:
                DeliveryLog.Bounced(logger, message.EditionKey, message.SubscriberId, code, text);
                return new SendOutcome(kind, code, text);
            default:
                DeliveryLog.Paused(logger, code, text);
                return new SendOutcome(kind, code, text);
        }
    }
}

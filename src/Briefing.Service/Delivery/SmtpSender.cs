using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

/// <summary>
/// Sends one message over a pooled SMTP connection (<see cref="SmtpConnectionPool"/>) within Smtp:TimeoutSeconds
/// and turns the reply into a <see cref="SendOutcome"/>; see <see cref="SmtpReplyClassifier"/> for the rules.
/// </summary>
internal sealed class SmtpSender : ISmtpSender, IAsyncDisposable
{
    private readonly IOptions<SmtpOptions> _smtp;
    private readonly IOptions<DeliveryOptions> _delivery;
    private readonly TimeProvider _time;
    private readonly ILogger<SmtpSender> _logger;
    private readonly SmtpConnectionPool _pool;
    private readonly DkimSigning? _dkim;

    public SmtpSender(IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery, TimeProvider time, ILogger<SmtpSender> logger)
        : this(smtp, delivery, time, logger, () => new SmtpClient())
    {
    }

    public SmtpSender(IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery, TimeProvider time, ILogger<SmtpSender> logger, Func<ISmtpClient> clients)
    {
        (_smtp, _delivery, _time, _logger) = (smtp, delivery, time, logger);
        _pool = new SmtpConnectionPool(smtp.Value, time, clients);
        _dkim = smtp.Value.Dkim.IsEnabled ? new DkimSigning(smtp.Value.Dkim) : null;
    }

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, SendAttempt attempt, CancellationToken cancellationToken)
    {
        var options = _smtp.Value;
        using var mail = MimeMessageFactory.Create(message, _time.GetUtcNow(), _dkim);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        SmtpConnection? connection = null;
        var sound = false;
        try
        {
            connection = await _pool.RentAsync(timeout.Token);
            if (!message.To.All(char.IsAscii) && !connection.Client.Capabilities.HasFlag(SmtpCapabilities.UTF8))
            {
                sound = true;
                return new SendOutcome(SendOutcomeKind.Failed, null, "the address is not ASCII and the SMTP server does not announce SMTPUTF8");
            }

            await connection.Client.SendAsync(mail, timeout.Token);
            connection.Sent++;
            sound = true;
            DeliveryLog.Delivered(_logger, message.EditionKey, message.SubscriberId);
            return SendOutcome.Delivered;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Outcome(message, attempt, (SendOutcomeKind.Retry, null, $"no reply within {options.TimeoutSeconds} s (Smtp:TimeoutSeconds)"));
        }
        catch (Exception ex) when (SmtpReplyClassifier.IsSmtpFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            // A refusal of one command leaves the connection usable (MailKit resets the transaction); 421 closes it.
            sound = ex is SmtpCommandException { StatusCode: not SmtpStatusCode.ServiceNotAvailable };
            return Outcome(message, attempt, SmtpReplyClassifier.Classify(ex));
        }
        finally
        {
            if (connection is not null) await _pool.ReturnAsync(connection, sound);
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    private SendOutcome Outcome(OutgoingMessage message, SendAttempt attempt, (SendOutcomeKind Kind, int? Code, string Reply) reply)
    {
        var (kind, code, text) = reply;
        var now = _time.GetUtcNow();
        var options = _delivery.Value;
        switch (kind)
        {
            case SendOutcomeKind.Retry when RetrySchedule.IsExpired(attempt.FirstAttemptAt, now, TimeSpan.FromHours(options.GiveUpHours)):
                DeliveryLog.Failed(_logger, message.EditionKey, message.SubscriberId, attempt.Number, code, text);
                return new SendOutcome(SendOutcomeKind.Failed, code, text);
            case SendOutcomeKind.Retry:
                var retryAt = RetrySchedule.NextAttemptAt(attempt.Number, now, TimeSpan.FromSeconds(options.RetryBaseSeconds), TimeSpan.FromSeconds(options.RetryMaxSeconds), Random.Shared.NextDouble());
                DeliveryLog.Deferred(_logger, message.EditionKey, message.SubscriberId, attempt.Number, code, text, retryAt);
                return new SendOutcome(kind, code, text, retryAt);
            case SendOutcomeKind.Bounced:
                DeliveryLog.Bounced(_logger, message.EditionKey, message.SubscriberId, code, text);
                return new SendOutcome(kind, code, text);
            default:
                DeliveryLog.Paused(_logger, code, text);
                return new SendOutcome(kind, code, text);
        }
    }
}

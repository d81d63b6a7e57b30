using Briefing.Service.Subscribers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

/// <summary>
/// Drains the outbox: Delivery:Connections workers, each claiming one due row at a time, sending it over its own
/// SMTP connection at the node's pace (Delivery:MessagesPerSecond) and recording the outcome. A row is marked sent
/// only after the server's 250, so a crash between the two re-sends that one message: the duplicate window is at
/// most one message per worker, and it carries the same Message-ID. Also deletes subscriptions left unconfirmed.
/// </summary>
internal sealed class OutboxSender(
    OutboxClaims claims,
    EditionMails mails,
    EmailComposer composer,
    ISmtpSender smtp,
    DeliveryState state,
    SubscriberStore subscribers,
    IOptions<DeliveryOptions> delivery,
    IOptions<SmtpOptions> smtpOptions,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan Housekeeping = TimeSpan.FromMinutes(10);

    // A claim outlives the slowest send (Smtp:TimeoutSeconds) with a margin, so a live worker never loses its row.
    private TimeSpan Lease => TimeSpan.FromSeconds(smtpOptions.Value.TimeoutSeconds + 60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var recovered = await claims.RecoverAsync(stoppingToken);
            if (recovered > 0) DeliveryLog.Recovered(logger, recovered);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DeliveryLog.WorkerFailed(logger, "recovery", ex);
        }

        var pacer = new SendPacer(delivery.Value.MessagesPerSecond, time);
        var node = Guid.NewGuid().ToString("N")[..8];
        var workers = Enumerable.Range(1, delivery.Value.Connections).Select(i => WorkAsync($"{Environment.MachineName}/{node}/{i}", pacer, stoppingToken)).Append(HousekeepAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(string worker, SendPacer pacer, CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(delivery.Value.IdlePollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (state.Pause is not null)
                {
                    await Task.Delay(idle, time, stoppingToken);
                    continue;
                }

                await pacer.WaitAsync(stoppingToken);
                if (await claims.ClaimAsync(worker, Lease, stoppingToken) is not { } row)
                {
                    await Task.Delay(idle, time, stoppingToken);
                    continue;
                }

                await SendAsync(worker, row, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                DeliveryLog.WorkerFailed(logger, worker, ex);
                if (!await RestAsync(idle * 5, stoppingToken)) return;
            }
        }
    }

    private async Task SendAsync(string worker, OutboxRow row, CancellationToken stoppingToken)
    {
        SendOutcome outcome;
        var message = await ComposeAsync(row, stoppingToken);
        if (message.Message is null)
        {
            DeliveryLog.Uncomposable(logger, row.Id, message.Reason);
            outcome = new SendOutcome(SendOutcomeKind.Failed, null, message.Reason);
        }
        else
        {
            try
            {
                outcome = await smtp.SendAsync(message.Message, new SendAttempt(row.Attempts + 1, row.FirstAttemptAt ?? time.GetUtcNow()), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping mid-send: hand the row back (the one message of this worker's duplicate window).
                await claims.RecordAsync(row, worker, new SendOutcome(SendOutcomeKind.Paused, null, "sender stopped during the attempt"), CancellationToken.None);
                throw;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                // A message MimeKit refuses to build will not build on a retry either.
                outcome = new SendOutcome(SendOutcomeKind.Failed, null, ex.Message);
            }

            if (outcome.Kind == SendOutcomeKind.Paused) state.Stop(outcome.Code, outcome.Reply);
        }

        if (!await claims.RecordAsync(row, worker, outcome, CancellationToken.None)) DeliveryLog.ClaimLost(logger, row.Id, worker);
        if (outcome.Kind == SendOutcomeKind.Delivered) Generation.BriefingTelemetry.Sends.Add(1, new KeyValuePair<string, object?>("topic", row.Topic));
        else if (outcome.Kind == SendOutcomeKind.Bounced) Generation.BriefingTelemetry.Bounces.Add(1, new KeyValuePair<string, object?>("topic", row.Topic));
    }

    private async Task<(OutgoingMessage? Message, string Reason)> ComposeAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var recipient = new EmailRecipient(row.SubscriberId, row.Email, row.Topic);
        try
        {
            if (row.Kind == OutboxRow.Confirmation) return (composer.ComposeConfirmation(row.EditionKey, recipient), "");
            if (row.BriefingId is not { } briefing) return (null, "a briefing delivery without a briefing");
            var prepared = await mails.GetAsync(row.EditionKey, row.Topic, briefing, cancellationToken);
            return prepared is null ? (null, $"briefing {briefing} is not available (deleted or unfinished)") : (composer.Compose(prepared, recipient), "");
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }

    // A pause after a failure; false when the host is stopping.
    private async Task<bool> RestAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task HousekeepAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var expired = await subscribers.ExpireAsync(TimeSpan.FromHours(delivery.Value.ConfirmationLinkHours), stoppingToken);
                if (expired > 0) DeliveryLog.Expired(logger, expired);
                await Task.Delay(Housekeeping, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                DeliveryLog.WorkerFailed(logger, "housekeeping", ex);
                if (!await RestAsync(Housekeeping, stoppingToken)) return;
            }
        }
    }
}

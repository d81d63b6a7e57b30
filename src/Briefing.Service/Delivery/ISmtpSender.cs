namespace Briefing.Service.Delivery;

/// <summary>Sends one message and says what happened; never throws for an SMTP failure, only for cancellation.</summary>
public interface ISmtpSender
{
    Task<SendOutcome> SendAsync(OutgoingMessage message, SendAttempt attempt, CancellationToken cancellationToken);
}

using Microsoft.Extensions.Logging;

namespace Briefing.Service.Delivery;

// Addresses are personal data: logs name the subscriber id and the edition, never the address.
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Debug, Message = "Email for edition {Edition} delivered to subscriber {Subscriber}")]
    public static partial void Delivered(ILogger logger, string edition, Guid subscriber);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Email for edition {Edition} to subscriber {Subscriber} deferred (attempt {Attempt}, {Code} {Reply}); next attempt at {RetryAt}")]
    public static partial void Deferred(ILogger logger, string edition, Guid subscriber, int attempt, int? code, string reply, DateTimeOffset? retryAt);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Email for edition {Edition} to subscriber {Subscriber} bounced: {Code} {Reply}")]
    public static partial void Bounced(ILogger logger, string edition, Guid subscriber, int? code, string reply);

    [LoggerMessage(EventId = 703, Level = LogLevel.Error, Message = "Sending paused: the SMTP server refused the sending set-up: {Code} {Reply}")]
    public static partial void Paused(ILogger logger, int? code, string reply);

    [LoggerMessage(EventId = 704, Level = LogLevel.Warning, Message = "Email for edition {Edition} to subscriber {Subscriber} failed after {Attempt} attempts: {Code} {Reply}")]
    public static partial void Failed(ILogger logger, string edition, Guid subscriber, int attempt, int? code, string reply);

    [LoggerMessage(EventId = 705, Level = LogLevel.Information, Message = "Sending resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(EventId = 706, Level = LogLevel.Warning, Message = "Recovered {Count} deliveries left in sending by an earlier run; each may already have reached its server")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(EventId = 707, Level = LogLevel.Error, Message = "The delivery worker {Worker} failed; it tries again shortly")]
    public static partial void WorkerFailed(ILogger logger, string worker, Exception exception);

    [LoggerMessage(EventId = 708, Level = LogLevel.Warning, Message = "Delivery {Delivery} cannot be composed: {Reason}")]
    public static partial void Uncomposable(ILogger logger, string delivery, string reason);

    [LoggerMessage(EventId = 709, Level = LogLevel.Information, Message = "Deleted {Count} subscriptions left unconfirmed")]
    public static partial void Expired(ILogger logger, int count);

    [LoggerMessage(EventId = 710, Level = LogLevel.Warning, Message = "Delivery {Delivery}: the claim of worker {Worker} had run out; its outcome was not recorded")]
    public static partial void ClaimLost(ILogger logger, string delivery, string worker);
}

using System.Net.Mail;
using System.Net.Sockets;

namespace Briefing.Service.Delivery;

/// <summary>
/// Reads what a failed send means from System.Net.Mail's exceptions. A recipient-tied reply comes as
/// <see cref="SmtpFailedRecipientException"/> (RCPT TO refused); anything else as <see cref="SmtpException"/>
/// (greeting, AUTH, MAIL FROM, DATA) or, for a lost connection, a status of GeneralFailure over an I/O error.
/// </summary>
public static class SmtpReplyClassifier
{
    /// <summary>The kind (never Delivered or Failed), the reply code if the server gave one, and the reply text.</summary>
    public static (SendOutcomeKind Kind, int? Code, string Reply) Classify(Exception exception)
    {
        switch (exception)
        {
            case SmtpFailedRecipientsException { InnerExceptions.Length: > 0 } many:
                return Classify(many.InnerExceptions[0]);
            case SmtpFailedRecipientException recipient:
                {
                    var code = (int)recipient.StatusCode;
                    return (code is >= 400 and < 500 ? SendOutcomeKind.Retry : code >= 500 ? SendOutcomeKind.Bounced : SendOutcomeKind.Retry, Known(code), Text(recipient));
                }

            case SmtpException smtp:
                {
                    var code = (int)smtp.StatusCode;
                    return (code >= 500 && code < 600 ? SendOutcomeKind.Paused : SendOutcomeKind.Retry, Known(code), Text(smtp));
                }

            case IOException or SocketException or TimeoutException:
                return (SendOutcomeKind.Retry, null, exception.Message);
            default:
                throw new ArgumentException($"not an SMTP failure: {exception.GetType().Name}", nameof(exception), exception);
        }
    }

    // GeneralFailure (-1) and other non-reply statuses carry no code from the server.
    private static int? Known(int code) => code is >= 200 and < 600 ? code : null;

    private static string Text(Exception exception)
    {
        var inner = exception.InnerException is { } e and (IOException or SocketException) ? " (" + e.Message + ")" : "";
        return Oneline(exception.Message + inner);
    }

    private static string Oneline(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}

using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Briefing.Service.Delivery;

/// <summary>
/// Reads what a failed send means from MailKit's exceptions. A reply to a command comes as
/// <see cref="SmtpCommandException"/> with the command it answered (RCPT TO: RecipientNotAccepted; MAIL FROM:
/// SenderNotAccepted; end of DATA: MessageNotAccepted); refused credentials as <see cref="AuthenticationException"/>;
/// a certificate that does not check out as <see cref="SslHandshakeException"/>; a lost or silent connection as an
/// I/O, protocol, not-connected or timeout exception.
/// </summary>
public static class SmtpReplyClassifier
{
    /// <summary>Whether <see cref="Classify"/> reads this exception (otherwise it is a bug, not a reply).</summary>
    public static bool IsSmtpFailure(Exception exception) => exception is SmtpCommandException or AuthenticationException or SslHandshakeException or NotSupportedException
        or ServiceNotAuthenticatedException or ServiceNotConnectedException or SmtpProtocolException or IOException or SocketException or TimeoutException;

    /// <summary>The kind (never Delivered or Failed), the reply code if the server gave one, and the reply text.</summary>
    public static (SendOutcomeKind Kind, int? Code, string Reply) Classify(Exception exception)
    {
        switch (exception)
        {
            case SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } recipient:
                {
                    var code = (int)recipient.StatusCode;
                    return (code >= 500 ? SendOutcomeKind.Bounced : SendOutcomeKind.Retry, Known(code), Text(recipient));
                }

            case SmtpCommandException command:
                {
                    var code = (int)command.StatusCode;
                    return (code is >= 500 and < 600 ? SendOutcomeKind.Paused : SendOutcomeKind.Retry, Known(code), Text(command));
                }

            case AuthenticationException authentication:
                {
                    var code = authentication.InnerException is SmtpCommandException inner ? Known((int)inner.StatusCode) : CodeIn(authentication.Message);
                    return (code is >= 400 and < 500 ? SendOutcomeKind.Retry : SendOutcomeKind.Paused, code, "authentication refused: " + Text(authentication));
                }

            case ServiceNotAuthenticatedException:
                // MailKit's form of 530 to MAIL FROM: the server wants AUTH and got none.
                return (SendOutcomeKind.Paused, 530, Text(exception));
            case SslHandshakeException or NotSupportedException:
                // A certificate that does not check out, or STARTTLS required and not offered: never sent in the clear.
                return (SendOutcomeKind.Paused, null, Text(exception));
            case ServiceNotConnectedException or SmtpProtocolException or IOException or SocketException or TimeoutException:
                return (SendOutcomeKind.Retry, null, Text(exception));
            default:
                throw new ArgumentException($"not an SMTP failure: {exception.GetType().Name}", nameof(exception), exception);
        }
    }

    private static int? Known(int code) => code is >= 200 and < 600 ? code : null;

    // MailKit words some refusals as "535: 5.7.8 ..." without a status code property.
    private static int? CodeIn(string message) =>
        message.Length >= 3 && int.TryParse(message.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture, out var code) ? Known(code) : null;

    private static string Text(Exception exception)
    {
        var inner = exception.InnerException is { } e and (IOException or SocketException) ? " (" + e.Message + ")" : "";
        return Oneline(exception.Message + inner);
    }

    private static string Oneline(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}

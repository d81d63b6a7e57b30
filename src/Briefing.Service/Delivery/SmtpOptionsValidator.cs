using System.Net;
using Briefing.Service.Subscribers;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var errors = new List<string>();
        errors.AddRange(Security(options));
        if (!EmailAddresses.TryParse(options.FromAddress, out _, out var reason))
        {
            errors.Add($"Smtp:FromAddress: {reason}");
        }

        if (HasLineBreak(options.FromName)) errors.Add("Smtp:FromName must not contain line breaks or control characters");
        if (options.User.Length > 0 && options.Password.Length == 0) errors.Add("Smtp:Password is required when Smtp:User is set");
        if (options.User.Length == 0 && options.Password.Length > 0) errors.Add("Smtp:User is required when Smtp:Password is set");
        if (options.Dkim.IsEnabled && DkimSigning.Check(options.Dkim) is { } dkim) errors.Add(dkim);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Security(SmtpOptions options)
    {
        if (!Enum.IsDefined(options.Security)) yield return "Smtp:Security must be None, SslOnConnect or StartTls";
        if (options.Port == 465 && options.Security != SmtpSecurity.SslOnConnect) yield return "Smtp:Port 465 means implicit TLS: set Smtp:Security=SslOnConnect";
        if (options.Port == 587 && options.Security != SmtpSecurity.StartTls) yield return "Smtp:Port 587 is submission with STARTTLS: set Smtp:Security=StartTls";
        if (options.Security == SmtpSecurity.None && options.User.Length > 0 && !IsLoopback(options.Host))
        {
            yield return "Smtp:User and Smtp:Password would cross the network in plain text: set Smtp:Security to StartTls or SslOnConnect (Smtp:Security=None is for a loopback relay)";
        }

        if (options.TrustedCertificateFile.Length == 0) yield break;
        if (options.Security == SmtpSecurity.None) yield return "Smtp:TrustedCertificateFile needs TLS: set Smtp:Security to StartTls or SslOnConnect";
        if (SmtpCertificates.Check(options.TrustedCertificateFile) is { } error) yield return "Smtp:TrustedCertificateFile: " + error;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static bool HasLineBreak(string value) => value.Any(char.IsControl);
}

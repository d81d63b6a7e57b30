using Briefing.Service.Subscribers;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var errors = new List<string>();
        if (options.Port == 465)
        {
            errors.Add("Smtp:Port 465 means implicit TLS, which System.Net.Mail cannot do; use the submission port 587 with Smtp:StartTls=true");
        }

        if (!EmailAddresses.TryParse(options.FromAddress, out _, out var reason))
        {
            errors.Add($"Smtp:FromAddress: {reason}");
        }

        if (HasLineBreak(options.FromName)) errors.Add("Smtp:FromName must not contain line breaks or control characters");
        if (options.User.Length > 0 && options.Password.Length == 0) errors.Add("Smtp:Password is required when Smtp:User is set");
        if (options.User.Length == 0 && options.Password.Length > 0) errors.Add("Smtp:User is required when Smtp:Password is set");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool HasLineBreak(string value) => value.Any(char.IsControl);
}

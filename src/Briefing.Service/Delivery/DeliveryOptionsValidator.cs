using Briefing.Service.Subscribers;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Delivery;

internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public const int MinSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var errors = new List<string>();
        if (options.Secret.Length < MinSecretLength)
        {
            errors.Add($"Delivery:Secret must be at least {MinSecretLength} characters (a random value, the same on every node)");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) || url.Query.Length > 0 || url.Fragment.Length > 0
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            errors.Add("Delivery:BaseUrl must be an absolute https URL without a query (http only on loopback), e.g. https://briefing.example.org/");
        }

        if (options.UnsubscribeAddress.Length > 0 && !EmailAddresses.TryParse(options.UnsubscribeAddress, out _, out var reason))
        {
            errors.Add($"Delivery:UnsubscribeAddress: {reason}");
        }

        if (options.RetryMaxSeconds < options.RetryBaseSeconds)
        {
            errors.Add("Delivery:RetryMaxSeconds must not be less than Delivery:RetryBaseSeconds");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using MimeKit;
using MimeKit.Cryptography;

namespace Briefing.Service.Delivery;

/// <summary>
/// DKIM-Signature (rsa-sha256, relaxed/relaxed) over the headers a receiver judges a bulk email by. The message is
/// prepared for 7-bit transport first, so no server on the way re-encodes (and breaks) the signed body.
/// </summary>
internal sealed class DkimSigning(DkimOptions options)
{
    public static readonly HeaderId[] SignedHeaders = [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost, HeaderId.ListId];

    private readonly DkimSigner _signer = Create(options);

    public void Sign(MimeMessage message)
    {
        message.Prepare(EncodingConstraint.SevenBit);
        _signer.Sign(message, SignedHeaders);
    }

    /// <summary>Why the settings cannot sign, naming the key, or null.</summary>
    public static string? Check(DkimOptions options)
    {
        if (options.Domain.Length == 0) return "Smtp:Dkim:Domain is required when Smtp:Dkim is set";
        if (options.Selector.Length == 0) return "Smtp:Dkim:Selector is required when Smtp:Dkim is set";
        if (options.PrivateKeyFile.Length == 0) return "Smtp:Dkim:PrivateKeyFile is required when Smtp:Dkim is set";
        try
        {
            Create(options);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidCastException or NullReferenceException)
        {
            return $"Smtp:Dkim:PrivateKeyFile: cannot read an RSA private key from '{options.PrivateKeyFile}': {ex.Message}";
        }
    }

    private static DkimSigner Create(DkimOptions options) => new(options.PrivateKeyFile, options.Domain, options.Selector, DkimSignatureAlgorithm.RsaSha256)
    {
        HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
    };
}

using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Briefing.Service.Delivery;

/// <summary>
/// The server certificate check: a certificate that validates passes; one that does not passes only when it is the
/// very certificate of Smtp:TrustedCertificateFile (a private relay's own). Never a blanket acceptance.
/// </summary>
internal static class SmtpCertificates
{
    public static X509Certificate2 Load(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal) ? X509Certificate2.CreateFromPem(text) : X509CertificateLoader.LoadCertificate(bytes);
    }

    /// <summary>Why the file cannot be used, or null.</summary>
    public static string? Check(string file)
    {
        try
        {
            using var certificate = Load(file);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            return $"cannot read a certificate from '{file}': {ex.Message}";
        }
    }

    public static RemoteCertificateValidationCallback Validator(X509Certificate2? trusted) => (_, certificate, _, errors) =>
        errors == SslPolicyErrors.None
        || (trusted is not null && certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetRawCertData(), trusted.RawData));
}

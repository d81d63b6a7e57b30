using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Briefing.Service.Delivery;
using Briefing.TestKit.Smtp;

namespace Briefing.Service.Tests.Delivery;

/// <summary>The aiosmtpd server behind TLS with a self-signed certificate made here: implicit TLS (465) and STARTTLS (587).</summary>
public sealed class SmtpTlsTests : IDisposable
{
    private readonly ManualTime _time = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-tls-");
    private readonly string _cert;
    private readonly string _key;

    public SmtpTlsTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=smtp.test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _cert = Path.Combine(_folder.FullName, "cert.pem");
        _key = Path.Combine(_folder.FullName, "key.pem");
        File.WriteAllText(_cert, certificate.ExportCertificatePem());
        File.WriteAllText(_key, rsa.ExportPkcs8PrivateKeyPem());
    }

    [Theory]
    [InlineData(true, SmtpSecurity.SslOnConnect)]
    [InlineData(false, SmtpSecurity.StartTls)]
    public async Task SendAsync_TrustedSelfSignedCertificate_Delivered(bool implicitTls, SmtpSecurity security)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpScript { Tls = new SmtpTls(_cert, _key, implicitTls) });

        var outcome = await SendAsync(server, security, _cert);

        Assert.True(outcome.Kind == SendOutcomeKind.Delivered, $"{outcome} {server.ErrorOutput}");
        Assert.Single(await server.WaitForMessagesAsync(1));
    }

    [Theory]
    [InlineData(true, SmtpSecurity.SslOnConnect)]
    [InlineData(false, SmtpSecurity.StartTls)]
    public async Task SendAsync_UntrustedCertificate_PausedAndNothingSent(bool implicitTls, SmtpSecurity security)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpScript { Tls = new SmtpTls(_cert, _key, implicitTls) });

        var outcome = await SendAsync(server, security, trusted: "");

        Assert.Equal(SendOutcomeKind.Paused, outcome.Kind);
        Assert.Contains("certificate", outcome.Reply, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(server.Messages);
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect)]
    public async Task SendAsync_TlsRequiredButPlainServer_NeverSentInPlainText(SmtpSecurity security)
    {
        await using var server = await SmtpServer.StartAsync();

        var outcome = await SendAsync(server, security, _cert);

        Assert.NotEqual(SendOutcomeKind.Delivered, outcome.Kind);
        Assert.Empty(server.Messages);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<SendOutcome> SendAsync(SmtpServer server, SmtpSecurity security, string trusted)
    {
        var smtp = Mail.Smtp(server.Port, o => (o.Security, o.TrustedCertificateFile, o.Host) = (security, trusted, "localhost"));
        await using var sender = Mail.Sender(smtp, _time);
        return await sender.SendAsync(Mail.Composer(_time, smtp).Compose(Mail.Edition(), Mail.Recipient()), SendAttempt.First(ManualTime.Start), CancellationToken.None);
    }
}

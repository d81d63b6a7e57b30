using System.Security.Cryptography;
using Briefing.Service.Delivery;
using Briefing.TestKit.Smtp;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Messages signed with Smtp:Dkim, sent to the loopback server and checked by MimeKit's verifier against the public key.</summary>
public sealed class DkimSigningTests : IAsyncLifetime, IDisposable
{
    private readonly ManualTime _time = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-dkim-");
    private readonly RSA _rsa = RSA.Create(2048);
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_DkimConfigured_SignatureVerifiesWithThePublicKey()
    {
        var message = await SendSignedAsync();

        var signature = message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)];
        Assert.True(await new DkimVerifier(new Locator(_rsa)).VerifyAsync(message, signature), signature.Value);
        var signed = signature.Value.Split("h=")[1].Split(';')[0].Split(':').Select(h => h.Trim().ToLowerInvariant());
        Assert.Superset(new HashSet<string> { "from", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post" }, signed.ToHashSet());
        Assert.Contains("d=briefing.example.org", signature.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SignedMessageAltered_SignatureFails()
    {
        var message = await SendSignedAsync();
        message.Subject = "Changed on the way";

        var signature = message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)];
        Assert.False(await new DkimVerifier(new Locator(_rsa)).VerifyAsync(message, signature));
    }

    [Theory]
    [InlineData("", "s1", "key.pem", "Smtp:Dkim:Domain")]
    [InlineData("example.org", "", "key.pem", "Smtp:Dkim:Selector")]
    [InlineData("example.org", "s1", "missing.pem", "Smtp:Dkim:PrivateKeyFile")]
    public void Validate_DkimIncomplete_FailsNamingTheKey(string domain, string selector, string file, string key)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "key.pem"), _rsa.ExportRSAPrivateKeyPem());
        var options = Mail.Smtp(25, o => o.Dkim = new DkimOptions { Domain = domain, Selector = selector, PrivateKeyFile = Path.Combine(_folder.FullName, file) });

        var result = new SmtpOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _folder.Delete(recursive: true);
    }

    private async Task<MimeMessage> SendSignedAsync()
    {
        var key = Path.Combine(_folder.FullName, "dkim.pem");
        await File.WriteAllTextAsync(key, _rsa.ExportRSAPrivateKeyPem());
        var smtp = Mail.Smtp(_server.Port, o => o.Dkim = new DkimOptions { Domain = "briefing.example.org", Selector = "s1", PrivateKeyFile = key });
        await using var sender = Mail.Sender(smtp, _time);
        var outcome = await sender.SendAsync(Mail.Composer(_time, smtp).Compose(Mail.Edition(), Mail.Recipient()), SendAttempt.First(ManualTime.Start), CancellationToken.None);
        Assert.Equal(SendOutcomeKind.Delivered, outcome.Kind);
        return await MimeMessage.LoadAsync(Assert.Single(await _server.WaitForMessagesAsync(1)));
    }

    private sealed class Locator(RSA rsa) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            domain == "briefing.example.org" && selector == "s1" ? GetPublicKey("v=DKIM1; k=rsa; p=" + Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())) : throw new InvalidOperationException($"no key for {selector}._domainkey.{domain}");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}

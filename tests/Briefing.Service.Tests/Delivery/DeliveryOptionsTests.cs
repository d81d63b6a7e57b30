using Briefing.Service.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Fact]
    public void Validate_Port465WithSslOnConnect_Accepted()
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(465, o => o.Security = SmtpSecurity.SslOnConnect));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(SmtpSecurity.None)]
    [InlineData(SmtpSecurity.SslOnConnect)]
    public void Validate_Port587WithoutStartTls_RefusedNamingTheKey(SmtpSecurity security)
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(587, o => o.Security = security));

        Assert.Contains("Smtp:Security=StartTls", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CredentialsInPlainTextOffLoopback_RefusedNamingTheKey()
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(2525, o => (o.Host, o.User, o.Password) = ("relay.example.org", "u", "p")));

        Assert.Contains("Smtp:Security", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrustedCertificateFileMissing_RefusedNamingTheKey()
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(2525, o => (o.Security, o.TrustedCertificateFile) = (SmtpSecurity.StartTls, "/nonexistent/relay.pem")));

        Assert.Contains("Smtp:TrustedCertificateFile", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Port465_RefusedNamingTheKey()
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(465));

        Assert.True(result.Failed);
        Assert.Contains("Smtp:Port 465", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("implicit TLS", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Smtp:FromAddress")]
    [InlineData("news@example.org\r\nBcc: x@example.org", "Smtp:FromAddress")]
    public void Validate_BadFromAddress_RefusedNamingTheKey(string from, string key)
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(change: o => o.FromAddress = from));

        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UserWithoutPassword_Refused()
    {
        var result = new SmtpOptionsValidator().Validate(null, Mail.Smtp(change: o => o.User = "u"));

        Assert.Contains("Smtp:Password", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", "", "Delivery:Secret")]
    [InlineData(Mail.Secret, "http://briefing.example.org/", "Delivery:BaseUrl")]
    [InlineData(Mail.Secret, "https://briefing.example.org/?x=1", "Delivery:BaseUrl")]
    [InlineData(Mail.Secret, "/relative", "Delivery:BaseUrl")]
    [InlineData(Mail.Secret, "javascript:alert(1)", "Delivery:BaseUrl")]
    public void Validate_BadDeliverySetting_RefusedNamingTheKey(string secret, string baseUrl, string key)
    {
        var result = new DeliveryOptionsValidator().Validate(null, Mail.Delivery(o => (o.Secret, o.BaseUrl) = (secret, baseUrl.Length == 0 ? o.BaseUrl : baseUrl)));

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoopbackHttpBaseUrl_Accepted()
    {
        Assert.True(new DeliveryOptionsValidator().Validate(null, Mail.Delivery(o => o.BaseUrl = "http://127.0.0.1:5080/")).Succeeded);
    }

    [Fact]
    public void AddBriefingDelivery_Port465Configured_OptionsRefusedOnResolve()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.example.org",
            ["Smtp:Port"] = "465",
            ["Smtp:FromAddress"] = "news@example.org",
            ["Delivery:Secret"] = Mail.Secret,
            ["Delivery:BaseUrl"] = "https://briefing.example.org/",
        }).Build();
        using var services = new ServiceCollection().AddBriefingDelivery(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmtpOptions>>().Value);

        Assert.Contains("Smtp:Port 465", error.Message, StringComparison.Ordinal);
        Assert.True(services.GetRequiredService<IOptions<DeliveryOptions>>().Value.Secret.Length > 0);
    }
}

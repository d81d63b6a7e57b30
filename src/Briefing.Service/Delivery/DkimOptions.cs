namespace Briefing.Service.Delivery;

/// <summary>DKIM signing of every email (appsettings section "Smtp:Dkim"); all three set, or none for no signature.</summary>
public sealed class DkimOptions
{
    /// <summary>The signing domain (d=), e.g. "example.org"; it should be the From address's domain. The default value is empty (no signing).</summary>
    public string Domain { get; set; } = "";

    /// <summary>The selector (s=): the key is published at SELECTOR._domainkey.DOMAIN. The default value is empty.</summary>
    public string Selector { get; set; } = "";

    /// <summary>The PEM file of the RSA private key. The default value is empty.</summary>
    public string PrivateKeyFile { get; set; } = "";

    public bool IsEnabled => Domain.Length > 0 || Selector.Length > 0 || PrivateKeyFile.Length > 0;
}

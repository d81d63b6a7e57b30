using Briefing.Domain;
using Briefing.Service.Delivery;

namespace Briefing.Service.Tests.Delivery;

public sealed class EmailTemplatesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-email-templates-");

    [Fact]
    public void Constructor_MissingFolder_ConfigurationErrorNamingTheKey()
    {
        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(Path.Combine(_folder.FullName, "missing")));

        Assert.Equal(BriefingErrorKind.Configuration, error.Kind);
        Assert.Contains("Rendering:TemplatesPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyFolder_ShippedTemplatesUsed()
    {
        var templates = new EmailTemplates(_folder.FullName);

        Assert.StartsWith("Confirm your subscription", templates.RenderConfirmationText(new ConfirmationView("Storms", "https://example.org/c", 48)), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SyntaxError_ConfigurationErrorNamingFileAndLine()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, EmailTemplates.HtmlFile), "<p>\n{{ for section in Sections }}unclosed");

        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(_folder.FullName));

        Assert.Contains($"{EmailTemplates.HtmlFile}(2,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmailTemplates.TextFile, "{{ Titel }}")]
    [InlineData(EmailTemplates.ConfirmationHtmlFile, "{{ ConfirmUrl.Host }}")]
    public void Constructor_UnknownVariableOrMember_ConfigurationError(string name, string typo)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, name), File.ReadAllText(Path.Combine(Repo.Templates, name)) + typo);

        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(_folder.FullName));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmailTemplates.HtmlFile)]
    [InlineData(EmailTemplates.TextFile)]
    public void Constructor_OverrideWithoutTheVerifiedCount_Refused(string name)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, name), File.ReadAllText(Path.Combine(Repo.Templates, name)).Replace("Claims verified:", "Claims:", StringComparison.Ordinal));

        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(_folder.FullName));

        Assert.Contains("never hide it", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}

using Briefing.Domain;
using Briefing.Service.Delivery;

namespace Briefing.Service.Tests.Delivery;

public sealed class EmailTemplatesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-email-templates-");

    [Fact]
    public void Constructor_MissingTemplate_ConfigurationErrorNamingTheKey()
    {
        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(_folder.FullName));

        Assert.Equal(BriefingErrorKind.Configuration, error.Kind);
        Assert.Contains("Rendering:TemplatesPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SyntaxError_ConfigurationErrorNamingTheKey()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, EmailTemplates.HtmlFile), "{{#each Sections}}unclosed");
        File.WriteAllText(Path.Combine(_folder.FullName, EmailTemplates.TextFile), "{{Title}}");

        var error = Assert.Throws<BriefingException>(() => new EmailTemplates(_folder.FullName));

        Assert.Contains(EmailTemplates.HtmlFile, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}

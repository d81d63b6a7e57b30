using Briefing.Domain;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Rendering.Templates;

/// <summary>
/// Rendering:TemplatesPath overrides shipped templates by name and is checked at start-up: a broken, loose or
/// hiding override stops the program naming the file; a restyling one is used, with the shipped ones for the rest.
/// </summary>
public sealed class TemplateOverridesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validate_RestylingOverride_UsedAndShippedPartialsFillTheRest()
    {
        _folder.Write("briefing.sbn-html", Shipped("briefing.sbn-html").Replace("<main class=\"briefing\">", "<main class=\"briefing house-style\">", StringComparison.Ordinal));

        using var services = Build();
        services.GetRequiredService<CompiledTemplates>().Validate();
        var html = await Generate.RenderTextAsync(services, Documents.Sample(), "html");

        Assert.Contains("<main class=\"briefing house-style\">", html, StringComparison.Ordinal);
        Assert.Contains("<sup class=\"marker\"><a class=\"cite\" href=\"#source-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SyntaxError_NamesFileLineAndColumn()
    {
        var file = _folder.Write("partials/point.sbn-html", "<li>\n  {{ if point.Verified }}unclosed");

        var error = Refused();

        Assert.Contains($"{file}(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rendering:TemplatesPath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ Titel }}")]
    [InlineData("{{ Story.Titel }}")]
    public void Validate_UnknownVariableOrMember_Refused(string typo)
    {
        _folder.Write("briefing.sbn-md", Shipped("briefing.sbn-md") + typo);

        var error = Refused();

        Assert.Contains("briefing.sbn-md", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("briefing.sbn-html", "<p class=\"verification\" id=\"verification\">", "<p class=\"verification\" id=\"verification\" hidden>")]
    [InlineData("briefing.sbn-html", "<p class=\"verification\" id=\"verification\">", "<p class=\"verification\" id=\"verification\" style=\"display: none\">")]
    [InlineData("partials/point.sbn-html", " <span class=\"flag\">unverified</span>", "")]
    [InlineData("partials/point.sbn-html", "{{ include 'partials/marker.sbn-html' }}", "")]
    [InlineData("briefing.sbn-html", "<q dir=\"auto\">{{ dropped.Text }}</q>", "")]
    [InlineData("briefing.sbn-md", "**Claims verified: {{ Verified }}/{{ Claims }}**", "**Claims checked**")]
    [InlineData("partials/story.sbn-md", "{{ if !point.Verified }} **(unverified)**{{ end }}", "")]
    public void Validate_OverrideHidingVerification_Refused(string name, string shipped, string replacement)
    {
        var text = Shipped(name);
        Assert.Contains(shipped, text, StringComparison.Ordinal);
        _folder.Write(name, text.Replace(shipped, replacement, StringComparison.Ordinal));

        var error = Refused();

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("never hide it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../partials/marker.sbn-html")]
    [InlineData("partials/story.sbn-md")]
    public void Validate_IncludeOutsideTheTemplatesOrOfAnotherKind_Refused(string path)
    {
        _folder.Write("partials/marker.sbn-html", $"{{{{ include '{path}' }}}}");

        var error = Refused();

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("briefing.html.hbs", "Handlebars")]
    [InlineData("briefing.sbn-htm", "overrides no shipped template")]
    [InlineData("partial/point.sbn-html", "overrides no shipped template")]
    public void Validate_FileThatOverridesNothing_Refused(string name, string problem)
    {
        _folder.Write(name, "<p>{{ Title }}</p>");

        var error = Refused();

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static string Shipped(string name) => File.ReadAllText(Path.Combine(Repo.Templates, name));

    private ServiceProvider Build() => Services.Build(new Dictionary<string, string?> { ["Rendering:TemplatesPath"] = _folder.Path });

    private BriefingException Refused()
    {
        using var services = Build();
        var error = Assert.Throws<BriefingException>(() => services.GetRequiredService<CompiledTemplates>().Validate());
        Assert.Equal(BriefingErrorKind.Configuration, error.Kind);
        return error;
    }
}

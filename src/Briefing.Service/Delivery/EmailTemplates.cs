using Briefing.Domain;
using HandlebarsDotNet;

namespace Briefing.Service.Delivery;

/// <summary>
/// email.html.hbs and email.txt.hbs compiled once, each in a private Handlebars environment: the HTML one escapes
/// everything it prints, the text one escapes nothing (a text/plain part has no markup to break). A missing file or
/// a syntax error is a configuration error naming Rendering:TemplatesPath.
/// </summary>
internal sealed class EmailTemplates
{
    public const string HtmlFile = "email.html.hbs";

    public const string TextFile = "email.txt.hbs";

    private readonly HandlebarsTemplate<object, object> _html;
    private readonly HandlebarsTemplate<object, object> _text;

    public EmailTemplates(string folder)
    {
        _html = Compile(Path.Combine(folder, HtmlFile), Handlebars.Create());
        _text = Compile(Path.Combine(folder, TextFile), Handlebars.Create(new HandlebarsConfiguration { NoEscape = true }));
    }

    public string RenderHtml(EmailView view) => _html(view);

    public string RenderText(EmailView view) => _text(view);

    private static HandlebarsTemplate<object, object> Compile(string path, IHandlebars environment)
    {
        try
        {
            var template = environment.Compile(File.ReadAllText(path));
            template(new { });
            return template;
        }
        catch (Exception ex) when (ex is HandlebarsException or IOException or UnauthorizedAccessException)
        {
            throw new BriefingException(BriefingErrorKind.Configuration, $"email template '{path}' (Rendering:TemplatesPath): {ex.Message.Split('\n')[0]}", "Rendering:TemplatesPath", ex);
        }
    }
}

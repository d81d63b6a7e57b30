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

    public const string ConfirmationHtmlFile = "email-confirm.html.hbs";

    public const string ConfirmationTextFile = "email-confirm.txt.hbs";

    private readonly HandlebarsTemplate<object, object> _html;
    private readonly HandlebarsTemplate<object, object> _text;
    private readonly HandlebarsTemplate<object, object> _confirmationHtml;
    private readonly HandlebarsTemplate<object, object> _confirmationText;

    public EmailTemplates(string folder)
    {
        var html = Handlebars.Create();
        var text = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        _html = Compile(Path.Combine(folder, HtmlFile), html);
        _text = Compile(Path.Combine(folder, TextFile), text);
        _confirmationHtml = Compile(Path.Combine(folder, ConfirmationHtmlFile), html);
        _confirmationText = Compile(Path.Combine(folder, ConfirmationTextFile), text);
    }

    public string RenderHtml(EmailView view) => _html(view);

    public string RenderText(EmailView view) => _text(view);

    public string RenderConfirmationHtml(ConfirmationView view) => _confirmationHtml(view);

    public string RenderConfirmationText(ConfirmationView view) => _confirmationText(view);

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

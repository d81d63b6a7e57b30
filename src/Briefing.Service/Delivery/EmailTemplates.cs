using HandlebarsDotNet;

namespace Briefing.Service.Delivery;

/// <summary>
/// email.html.hbs and email.txt.hbs compiled once, each in a private Handlebars environment: the HTML one escapes
/// everything it prints, the text one escapes nothing (a text/plain part has no markup to break).
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
        if (!File.Exists(path)) throw new FileNotFoundException($"email template not found: '{path}' (Rendering:TemplatesPath)", path);
        environment.RegisterHelper("plural", (writer, _, args) => writer.WriteSafeString(args.Length > 0 && args[0] is int n && n == 1 ? "" : "s"));
        return environment.Compile(File.ReadAllText(path));
    }
}

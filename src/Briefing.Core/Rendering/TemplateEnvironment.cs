using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Briefing.Rendering;

/// <summary>
/// A private Handlebars environment per output kind, with templates compiled once. The HTML environment escapes
/// everything it prints; the Markdown one escapes Markdown and HTML syntax instead. Both neutralise invisible,
/// bidirectional and control characters first.
/// </summary>
internal sealed partial class TemplateEnvironment
{
    private readonly HandlebarsTemplate<object, object> _html;
    private readonly HandlebarsTemplate<object, object> _markdown;

    public TemplateEnvironment(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"templates folder not found: '{folder}' (Rendering:TemplatesPath)");
        _html = Compile(folder, "briefing.html.hbs", Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new NeutralizingTextEncoder(new HtmlEncoder()) }));
        _markdown = Compile(folder, "briefing.md.hbs", Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new NeutralizingTextEncoder(new MarkdownTextEncoder()) }));
    }

    public string RenderHtml(BriefingView view) => _html(view);

    public string RenderMarkdown(BriefingView view) => _markdown(view);

    private static HandlebarsTemplate<object, object> Compile(string folder, string name, IHandlebars env)
    {
        var partials = Path.Combine(folder, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs"))
            {
                env.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Load(file));
            }
        }

        var css = Path.Combine(folder, "briefing.css");
        if (File.Exists(css)) env.RegisterTemplate("styles", File.ReadAllText(css));
        env.RegisterHelper("plural", (writer, _, args) => writer.WriteSafeString(args.Length > 0 && args[0] is int n && n == 1 ? "" : "s"));
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) throw new FileNotFoundException($"template not found: '{path}'", path);
        return env.Compile(Load(path));
    }

    // Handlebars.Net 2.4.3 drops escaping inside a partial called on an indented line of its own
    // ("    {{> point}}"); calling it unindented keeps escaping, so indentation before partial calls is removed.
    private static string Load(string path) => IndentedPartial().Replace(File.ReadAllText(path), "$1");

    [GeneratedRegex(@"(?m)^[ \t]+(\{\{~?>)")]
    private static partial Regex IndentedPartial();
}

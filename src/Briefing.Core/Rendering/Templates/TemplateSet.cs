using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering.Templates;

/// <summary>
/// A group of templates (the briefing's, the email's or the web pages'), each parsed once when the set is built: a
/// syntax error stops the program there, naming the file, line and column. Renders through an
/// <see cref="OutputContext"/> of the template's kind; includes resolve only to templates of the same set and kind
/// (no path leaves the templates folder).
/// </summary>
internal sealed class TemplateSet : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, TemplateFile> _files;
    private readonly Dictionary<string, Template> _parsed;
    private readonly ScriptObject _builtins = OutputContext.Builtins();

    private TemplateSet(IReadOnlyDictionary<string, TemplateFile> files, Dictionary<string, Template> parsed)
    {
        _files = files;
        _parsed = parsed;
    }

    public IEnumerable<TemplateFile> Files => _files.Values;

    /// <summary>Parses the templates whose names <paramref name="belongs"/> accepts, overrides applied.</summary>
    /// <exception cref="Domain.BriefingException">Configuration, naming Rendering:TemplatesPath and the file.</exception>
    public static TemplateSet Load(string? overridesFolder, Func<string, bool> belongs)
    {
        var files = TemplateFiles.Load(overridesFolder).Where(f => belongs(f.Key)).ToDictionary(StringComparer.Ordinal);
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => TemplateName.KindOf(f.Name) is not null))
        {
            var template = Template.Parse(file.Text, file.Origin);
            if (template.HasErrors) throw TemplateFiles.Error($"template {string.Join("; ", template.Messages)} ({TemplateFiles.Setting})");
            parsed[file.Name] = template;
        }

        return new TemplateSet(files, parsed);
    }

    public string Text(string name) => _files[name].Text;

    public bool IsOverridden(string name) => _files[name].Overridden;

    /// <exception cref="Domain.BriefingException">Configuration: the template refers to something the model does not have.</exception>
    public string Render(string name, object model)
    {
        var context = new OutputContext(TemplateName.KindOf(name)!.Value, _builtins, this);
        foreach (var (key, template) in _parsed) context.CachedTemplates[key] = template;
        try
        {
            return context.Render(_parsed[name], model);
        }
        catch (ScriptRuntimeException ex)
        {
            throw TemplateFiles.Error($"template {ex.Message} ({TemplateFiles.Setting})", ex);
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TemplateName.IsSafe(templateName)) throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a template name: use a path relative to the templates folder");
        if (!_files.ContainsKey(templateName)) throw new ScriptRuntimeException(callerSpan, $"no template '{templateName}'");
        if (TemplateName.KindOf(templateName) != ((OutputContext)context).Kind) throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a {((OutputContext)context).Kind} template");
        return templateName;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => _files[templatePath].Text;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(_files[templatePath].Text);
}

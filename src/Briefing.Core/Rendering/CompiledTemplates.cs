using Microsoft.Extensions.Options;

namespace Briefing.Rendering;

/// <summary>Resolves the templates folder once and compiles the templates on first use.</summary>
internal sealed class CompiledTemplates(IOptions<RenderingOptions> options)
{
    private readonly Lazy<TemplateEnvironment> _environment = new(() => new TemplateEnvironment(Resolve(options.Value.TemplatesPath)));

    public TemplateEnvironment Environment => _environment.Value;

    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromCwd = Path.GetFullPath(path);
        return Directory.Exists(fromCwd) ? fromCwd : Path.Combine(AppContext.BaseDirectory, path);
    }
}

using System.Reflection;
using Briefing.Domain;

namespace Briefing.Rendering.Templates;

/// <summary>
/// The template files a program renders with, by name ("partials/point.sbn-html"): the shipped ones, embedded in
/// this assembly from the repository's templates/ folder, each replaced by the file of the same name in the
/// overrides folder (Rendering:TemplatesPath) when there is one. A file there that overrides nothing (other than a
/// README) is refused, so a misspelt name cannot go unnoticed.
/// </summary>
internal static class TemplateFiles
{
    public const string Setting = "Rendering:TemplatesPath";
    private const string Prefix = "templates/";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> ShippedFiles = new(ReadShipped);

    public static IReadOnlyDictionary<string, string> Shipped => ShippedFiles.Value;

    /// <summary>Name to (text, where it came from) for every shipped name, overrides applied.</summary>
    public static IReadOnlyDictionary<string, TemplateFile> Load(string? overridesFolder)
    {
        var files = Shipped.ToDictionary(f => f.Key, f => new TemplateFile(f.Key, f.Value, $"{f.Key} (shipped)", Overridden: false), StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(overridesFolder)) return files;
        var folder = ProgramFolder.Resolve(overridesFolder);
        if (!Directory.Exists(folder)) throw Error($"templates folder not found: '{folder}' ({Setting})");
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (name.Split('/').Any(part => part.StartsWith('.'))) continue;
            if (name.EndsWith(".hbs", StringComparison.Ordinal)) throw Error($"'{path}' is a Handlebars template; templates are Scriban now (.sbn-html, .sbn-md, .sbn-txt): see docs/templates.md ({Setting})");
            if (!Shipped.ContainsKey(name))
            {
                if (Path.GetFileName(name).StartsWith("README", StringComparison.OrdinalIgnoreCase)) continue;
                throw Error($"'{path}' overrides no shipped template (the names are: {string.Join(", ", Shipped.Keys.Order(StringComparer.Ordinal))}) ({Setting})");
            }

            try
            {
                files[name] = new TemplateFile(name, File.ReadAllText(path), path, Overridden: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Error($"'{path}' cannot be read: {ex.Message} ({Setting})", ex);
            }
        }

        return files;
    }

    public static BriefingException Error(string message, Exception? inner = null) =>
        new(BriefingErrorKind.Configuration, message, Setting, inner);

    private static IReadOnlyDictionary<string, string> ReadShipped()
    {
        var assembly = typeof(TemplateFiles).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files[resource[Prefix.Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return files;
    }
}

/// <summary>One template file: its name, its text and where it came from (the override's path, for messages).</summary>
internal sealed record TemplateFile(string Name, string Text, string Origin, bool Overridden);

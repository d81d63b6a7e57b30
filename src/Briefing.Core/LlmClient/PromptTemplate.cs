using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Rendering.Templates;
using Scriban;
using Scriban.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefing.LlmClient;

/// <summary>
/// One prompt file: YAML front matter (name, description, version, optional temperature and max_output_tokens),
/// then a "## system" part and a "## user" part. The system part is fixed text: placeholders are refused there, so
/// article text can only ever reach the model inside a user message. The user part is a Scriban template rendered
/// as text: control characters removed, nothing escaped (quotes must reach the model exactly as written), strict
/// (an unknown variable is an error).
/// </summary>
public sealed partial class PromptTemplate
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
    private readonly Template _user;

    private PromptTemplate(string file, PromptFrontMatter meta, string system, Template user, string hash)
    {
        File = file;
        Name = meta.Name!;
        Description = meta.Description!;
        Version = $"{meta.Version}-{hash}";
        Temperature = meta.Temperature;
        MaxOutputTokens = meta.MaxOutputTokens;
        System = system;
        _user = user;
    }

    public string File { get; }

    public string Name { get; }

    public string Description { get; }

    /// <summary>The declared version plus a hash of the file, so any edit to a prompt invalidates cached results.</summary>
    public string Version { get; }

    public double? Temperature { get; }

    public int? MaxOutputTokens { get; }

    public string System { get; }

    public string RenderUser(object model)
    {
        try
        {
            return new OutputContext(TemplateKind.Text).Render(_user, model);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new PromptException(File, $"the '## user' template: {ex.Message}");
        }
    }

    /// <summary>Loads and checks one prompt file; every problem names the file.</summary>
    public static PromptTemplate Load(string file, string expectedName)
    {
        if (!global::System.IO.File.Exists(file)) throw new PromptException(file, "file not found");
        var text = global::System.IO.File.ReadAllText(file).ReplaceLineEndings("\n");
        var match = Layout().Match(text);
        if (!match.Success) throw new PromptException(file, "expected YAML front matter between '---' lines, then a '## system' part and a '## user' part");

        PromptFrontMatter meta;
        try
        {
            meta = Yaml.Deserialize<PromptFrontMatter>(match.Groups["yaml"].Value) ?? new PromptFrontMatter();
        }
        catch (YamlException ex)
        {
            throw new PromptException(file, $"front matter is not valid (line {ex.Start.Line}): {ex.InnerException?.Message ?? ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(meta.Name)) throw new PromptException(file, "front matter field 'name' is missing");
        if (meta.Name != expectedName) throw new PromptException(file, $"front matter 'name' is '{meta.Name}', expected '{expectedName}'");
        if (string.IsNullOrWhiteSpace(meta.Description)) throw new PromptException(file, "front matter field 'description' is missing");
        if (string.IsNullOrWhiteSpace(meta.Version)) throw new PromptException(file, "front matter field 'version' is missing");
        if (meta.Temperature is < 0 or > 2) throw new PromptException(file, $"front matter 'temperature' must be between 0 and 2 (got {meta.Temperature})");
        if (meta.MaxOutputTokens is < 16) throw new PromptException(file, $"front matter 'max_output_tokens' must be at least 16 (got {meta.MaxOutputTokens})");

        var system = match.Groups["system"].Value.Trim();
        var user = match.Groups["user"].Value.Trim();
        if (system.Length == 0) throw new PromptException(file, "the '## system' part is empty");
        if (user.Length == 0) throw new PromptException(file, "the '## user' part is empty");
        if (system.Contains("{{", StringComparison.Ordinal)) throw new PromptException(file, "the '## system' part may not contain placeholders: source text belongs in the user part only");

        var compiled = Template.Parse(user, file);
        if (compiled.HasErrors) throw new PromptException(file, $"the '## user' template does not compile: {string.Join("; ", compiled.Messages)}");

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return new PromptTemplate(file, meta, system, compiled, hash);
    }

    [GeneratedRegex(@"\A\uFEFF?---\n(?<yaml>.*?)\n---\n(?<before>.*?)^##[ \t]+system[ \t]*\n(?<system>.*?)^##[ \t]+user[ \t]*\n(?<user>.*)\z", RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Layout();

    private sealed class PromptFrontMatter
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? Version { get; set; }

        public double? Temperature { get; set; }

        public int? MaxOutputTokens { get; set; }
    }
}

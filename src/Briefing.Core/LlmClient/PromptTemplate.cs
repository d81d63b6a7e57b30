using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefing.LlmClient;

/// <summary>
/// One prompt file made into a Semantic Kernel prompt function: YAML front matter (name, description, version and
/// the execution settings temperature, max_output_tokens and response_format), then a "## system" part and a
/// "## user" part. The system part is fixed text: placeholders are refused there. The user part is a Semantic Kernel
/// template holding only variables (<c>{{$text}}</c>); every value is encoded by the kernel (never marked safe), so
/// article text reaches the model as plain text inside the user message and can neither open another message nor
/// call a function.
/// </summary>
public sealed partial class PromptTemplate
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private PromptTemplate(string file, PromptFrontMatter meta, string system, IReadOnlyList<string> variables, KernelFunction function, string hash)
    {
        File = file;
        Name = meta.Name!;
        Description = meta.Description!;
        Version = $"{meta.Version}-{hash}";
        Temperature = meta.Temperature;
        MaxOutputTokens = meta.MaxOutputTokens;
        JsonObjectOnly = meta.ResponseFormat == "json_object";
        System = system;
        Variables = variables;
        Function = function;
    }

    public string File { get; }

    public string Name { get; }

    public string Description { get; }

    /// <summary>The declared version plus a hash of the file, so any edit to a prompt invalidates cached results.</summary>
    public string Version { get; }

    public double? Temperature { get; }

    public int? MaxOutputTokens { get; }

    /// <summary>The file asks for response_format json_object (the schema goes in the user message) instead of a strict json_schema.</summary>
    public bool JsonObjectOnly { get; }

    public string System { get; }

    /// <summary>The variables the user part places, in order of first use.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The kernel function: a system message with the fixed text, a user message rendered from the variables.</summary>
    public KernelFunction Function { get; }

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
        if (meta.ResponseFormat is not (null or "json_schema" or "json_object")) throw new PromptException(file, $"front matter 'response_format' must be json_schema or json_object (got '{meta.ResponseFormat}')");

        var system = match.Groups["system"].Value.Trim();
        var user = match.Groups["user"].Value.Trim();
        if (system.Length == 0) throw new PromptException(file, "the '## system' part is empty");
        if (user.Length == 0) throw new PromptException(file, "the '## user' part is empty");
        if (system.Contains("{{", StringComparison.Ordinal)) throw new PromptException(file, "the '## system' part may not contain placeholders: source text belongs in the user part only");

        var variables = new List<string>();
        foreach (Match block in Block().Matches(user))
        {
            if (!Variable().IsMatch(block.Value)) throw new PromptException(file, $"the '## user' part may only place variables such as {{{{$text}}}}, not '{block.Value}'");
            var name = block.Groups["body"].Value.Trim()[1..];
            if (!variables.Contains(name)) variables.Add(name);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return new PromptTemplate(file, meta, system, variables, Create(meta, system, user, variables), hash);
    }

    // The template's own text is escaped as XML, so the <source> and <claims> delimiters it writes stay text of the
    // user message; values are encoded by the kernel (AllowDangerouslySetContent stays false everywhere).
    private static KernelFunction Create(PromptFrontMatter meta, string system, string user, List<string> variables)
    {
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object>() };
        if (meta.Temperature is { } t) settings.ExtensionData["temperature"] = t;
        if (meta.MaxOutputTokens is { } m) settings.ExtensionData["max_tokens"] = m;
        var config = new PromptTemplateConfig
        {
            Name = meta.Name,
            Description = meta.Description,
            TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
            Template = $"<message role=\"system\">{Xml(system)}</message>\n<message role=\"user\">{Xml(user)}</message>",
            InputVariables = variables.Select(v => new InputVariable { Name = v, AllowDangerouslySetContent = false }).ToList(),
        };
        config.AddExecutionSettings(settings);
        return KernelFunctionFactory.CreateFromPrompt(config, new KernelPromptTemplateFactory());
    }

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\A\uFEFF?---\n(?<yaml>.*?)\n---\n(?<before>.*?)^##[ \t]+system[ \t]*\n(?<system>.*?)^##[ \t]+user[ \t]*\n(?<user>.*)\z", RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Layout();

    [GeneratedRegex(@"\{\{(?<body>.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\A\{\{\s*\$[A-Za-z_][A-Za-z0-9_]*\s*\}\}\z")]
    private static partial Regex Variable();

    private sealed class PromptFrontMatter
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? Version { get; set; }

        public double? Temperature { get; set; }

        public int? MaxOutputTokens { get; set; }

        public string? ResponseFormat { get; set; }
    }
}

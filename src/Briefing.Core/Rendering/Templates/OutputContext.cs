using System.Collections;
using System.Globalization;
using System.Text;
using Briefing.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Functions;
using Scriban.Runtime;

namespace Briefing.Rendering.Templates;

/// <summary>
/// The one place template values are escaped: every value a template prints goes through <see cref="Write"/>,
/// which neutralises it (<see cref="TextNeutralizer"/>) and escapes it for <see cref="Kind"/>, unless it is a
/// <see cref="RawMarkup"/> our own code built. Strict (an unknown variable or member is an error), culture-invariant,
/// with loop and recursion limits. Truthiness as in the Handlebars templates before: null, false, 0, "" and an
/// empty list are false.
/// </summary>
internal sealed class OutputContext : TemplateContext
{
    public OutputContext(TemplateKind kind, ScriptObject? builtins = null, ITemplateLoader? loader = null)
        : base(builtins ?? Builtins())
    {
        Kind = kind;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = member => member.Name;
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        ObjectRecursionLimit = 16;
        LimitToString = 0;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public TemplateKind Kind { get; }

    /// <summary>The built-in functions every context shares, with <c>include</c> returning raw (already escaped) output.</summary>
    public static ScriptObject Builtins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new RawInclude((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        return builtins;
    }

    /// <summary>Renders <paramref name="template"/> with the public members of <paramref name="model"/> as its variables, named as in C#.</summary>
    public string Render(Template template, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name);
        PushGlobal(globals);
        return template.Render(this);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is null ? this : Write(Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        textAsObject is null ? new(this) : WriteAsync(Escape(textAsObject));

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        int n => n != 0,
        long n => n != 0,
        double n => n != 0,
        ICollection c => c.Count > 0,
        _ => base.ToBool(span, value),
    };

    private string Escape(object value)
    {
        if (value is RawMarkup raw) return raw.Text;
        var text = TextNeutralizer.Neutralize(ObjectToString(value));
        return Kind switch
        {
            TemplateKind.Html => HtmlText(text),
            TemplateKind.Markdown => MarkdownText(text),
            _ => text,
        };
    }

    /// <summary>HTML text and attribute values: the characters Handlebars escaped, so renderings stay byte-identical.</summary>
    internal static string HtmlText(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'`=") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#x27;"); break;
                case '`': sb.Append("&#x60;"); break;
                case '=': sb.Append("&#x3D;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Markdown text: emphasis, link, heading, table and code syntax and raw HTML shown literally; one line.</summary>
    internal static string MarkdownText(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\\`*_[]#|\n\r") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|': sb.Append('\\').Append(c); break;
                case '\n' or '\r': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering.Templates;

/// <summary>
/// The built-in <c>include</c>, whose result is already escaped output: marked raw so the context does not escape
/// it a second time.
/// </summary>
internal sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawMarkup);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawMarkup(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawMarkup(await include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");
}

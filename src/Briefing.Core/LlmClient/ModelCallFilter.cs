using System.Diagnostics;
using Briefing.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using FunctionInvocationContext = Microsoft.SemanticKernel.FunctionInvocationContext;

namespace Briefing.LlmClient;

/// <summary>
/// The kernel's function-invocation filter: one activity per prompt function call (the model calls' gen_ai spans
/// nest under it), a log event when it ends or fails (never with prompt or article text), and the token and cost
/// counters of the "Briefing" meter.
/// </summary>
internal sealed class ModelCallFilter(ILogger<ModelCallFilter> logger, IOptions<LlmOptions> options) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var prompt = context.Function.Name;
        using var activity = BriefingTelemetry.Source.StartActivity($"prompt {prompt}");
        activity?.SetTag("briefing.prompt", prompt);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = ex is ModelCallException m ? m.Failure.ToString() : ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, failure);
            ModelCallLog.Failed(logger, prompt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failure);
            throw;
        }

        var usage = context.Result.GetValue<object>() is ChatResponse { Usage: { } u } ? u : null;
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        activity?.SetTag("gen_ai.usage.input_tokens", input);
        activity?.SetTag("gen_ai.usage.output_tokens", output);
        var tag = new KeyValuePair<string, object?>("briefing.prompt", prompt);
        BriefingTelemetry.Tokens.Add(input, tag, new("direction", "input"));
        BriefingTelemetry.Tokens.Add(output, tag, new("direction", "output"));
        if (UsageLedger.Cost(input, output, options.Value) is { } cost) BriefingTelemetry.Cost.Add((double)cost, tag);

        ModelCallLog.Finished(logger, prompt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, input, output);
    }
}

using System.CommandLine;
using Briefing.Summarization;

namespace Briefing.Cli.Commands;

/// <summary>--engine extractive|llm|auto, shared by generate and eval; it overrides Summarization:Engine for the run.</summary>
internal static class EngineOption
{
    public static Option<string?> Create(string? defaultValue = null)
    {
        var option = new Option<string?>("--engine", "-e")
        {
            Description = "extractive (embedded, no key), llm (the configured model endpoint) or auto (llm when Llm:Endpoint or Llm:Provider is set, else extractive). Default: "
                + (defaultValue ?? "Summarization:Engine, auto"),
        };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        option.AcceptOnlyFromAmong("extractive", "llm", "auto");
        return option;
    }

    public static Engine? Parse(string? engine) => engine is null ? null : Enum.Parse<Engine>(engine, ignoreCase: true);
}

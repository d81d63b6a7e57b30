using System.CommandLine;
using Briefing.Domain;
using Briefing.Summarization;

namespace Briefing.Cli.Commands;

/// <summary>--words, shared by generate and eval; its range is the engine's (SummarizationOptions.MinWords..MaxWords).</summary>
internal static class WordsOption
{
    public static Option<int?> Create(string description, int? defaultValue = null)
    {
        var option = new Option<int?>("--words", "-w") { Description = description };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    public static int? Check(int? words) =>
        words is < SummarizationOptions.MinWords or > SummarizationOptions.MaxWords
            ? throw new BriefingException(BriefingErrorKind.BadInput, $"--words must be between {SummarizationOptions.MinWords} and {SummarizationOptions.MaxWords} (got {words})", "--words")
            : words;
}

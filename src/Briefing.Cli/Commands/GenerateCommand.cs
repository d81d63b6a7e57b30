using System.CommandLine;
using Briefing.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Cli.Commands;

/// <summary>briefing generate &lt;inputs...&gt; --out DIR: the whole pipeline, files written to DIR.</summary>
internal static class GenerateCommand
{
    private static readonly string[] AllFormats = ["html", "pdf", "md", "json"];

    public static Command Create(Option<string?> config)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders (.txt, .md, .html)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Formats to write: any of html,pdf,md,json (comma-separated or repeated)",
            DefaultValueFactory = _ => AllFormats,
            AllowMultipleArgumentsPerToken = true,
        };
        var words = new Option<int?>("--words", "-w") { Description = "Word budget for the briefing's points (default from Summarization:Words, 250)" };
        var title = new Option<string?>("--title", "-t") { Description = "Briefing title (default: inferred from the sources)" };
        var engine = EngineOption.Create();

        var command = new Command("generate", "Make a cited briefing from articles on one story") { inputs, output, formats, words, title, engine };
        command.SetAction(async (parse, ct) =>
        {
            var selected = Formats(parse.GetValue(formats) ?? AllFormats);
            var budget = parse.GetValue(words);
            if (budget is < 30 or > 5000) throw new BriefingException(ExitCodes.BadArguments, $"--words must be between 30 and 5000 (got {budget})");
            await using var services = CliHost.Build(parse.GetValue(config), EngineOption.Overrides(parse.GetValue(engine)));
            var pipeline = services.GetRequiredService<BriefingGenerator>();
            var request = new BriefingRequest(parse.GetValue(inputs)!, parse.GetValue(output)!, selected, parse.GetValue(title), budget);
            var result = await ConsoleProgress.RunAsync(p => pipeline.RunAsync(request, p, ct));
            RunReportPrinter.Print(result);
            if (result.PdfError is null) return ExitCodes.Success;
            Console.Error.WriteLine($"error: {result.PdfError.Message}");
            return ExitCodes.PdfFailed;
        });
        return command;
    }

    private static string[] Formats(IEnumerable<string> values)
    {
        var list = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant() == "markdown" ? "md" : v.ToLowerInvariant())
            .Distinct()
            .ToArray();
        var unknown = list.Except(AllFormats).ToList();
        if (unknown.Count > 0 || list.Length == 0)
        {
            throw new BriefingException(ExitCodes.BadArguments, $"--format: unknown format '{string.Join(",", unknown)}' (choose from {string.Join(",", AllFormats)})");
        }

        return list;
    }
}

using Briefing.Text;
using System.CommandLine;
using Briefing.Cli.Commands;
using Briefing.Domain;

namespace Briefing.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var config = new Option<string?>("--config") { Description = "Extra JSON settings file (overrides appsettings.json)", Recursive = true };
        var root = new RootCommand("Briefing: one cited, verified briefing from many articles on a story") { config };
        root.Subcommands.Add(GenerateCommand.Create(config));
        root.Subcommands.Add(EvalCommand.Create(config));
        root.Subcommands.Add(RunTopicCommand.Create(config));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {TextNeutralizer.Escape(error.Message)}");
            Console.Error.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.BadArguments;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (BriefingException ex)
        {
            Console.Error.WriteLine($"error: {TextNeutralizer.Escape(ErrorMessage.For(ex))}");
            return ExitCodes.For(ex.Kind);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"unexpected error (please report it): {TextNeutralizer.Escape(ex.ToString())}");
            return ExitCodes.Unexpected;
        }
    }
}

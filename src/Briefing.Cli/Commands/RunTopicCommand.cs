using System.CommandLine;
using System.Globalization;
using Briefing.Domain;
using Briefing.Service.Storage;
using Briefing.Service.Topics;
using Briefing.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Cli.Commands;

/// <summary>
/// briefing run-topic NAME [--date yyyy-MM-dd] [--force]: makes a topic's edition now, in this process, against the
/// configured storage (the same database and once-per-edition rule as the web service), and prints its report.
/// </summary>
internal static class RunTopicCommand
{
    public static Command Create(Option<string?> config)
    {
        var name = new Argument<string>("name") { Description = "The topic's name (from the Topics settings or made through the API)" };
        var date = new Option<string?>("--date") { Description = "The edition's date as yyyy-MM-dd (default: today in the topic's time zone)" };
        var force = new Option<bool>("--force") { Description = "Make the edition again even if it was made (or failed) already" };
        var command = new Command("run-topic", "Make a topic's edition now: gather its feeds, pages and files, generate and store the briefing") { name, date, force };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) throw new BriefingException(BriefingErrorKind.BadInput, $"--date: '{text}' is not a date as yyyy-MM-dd", "--date");
                day = parsed;
            }

            await using var services = CliHost.BuildService(parse.GetValue(config));
            await services.GetRequiredService<Migrator>().MigrateAsync(ct);
            var maker = services.GetRequiredService<EditionMaker>();
            var topic = parse.GetValue(name)!;
            var run = await maker.ClaimAsync(topic, day, parse.GetValue(force), ct);
            if (run.Outcome == EditionOutcome.UnknownTopic) throw new BriefingException(BriefingErrorKind.BadInput, run.Reason!, "name");
            if (run.Outcome == EditionOutcome.AlreadyClaimed)
            {
                Console.Error.WriteLine($"{Escape(topic)} {run.Date:yyyy-MM-dd}: {Escape(run.Reason)} (add --force to make it again)");
                return ExitCodes.EditionAlreadyMade;
            }

            run = await maker.ContinueAsync(topic, run.Date!.Value, ct);
            await PrintAsync(services.GetRequiredService<EditionStore>(), run, ct);
            return run.Outcome == EditionOutcome.Ready ? ExitCodes.Success : ExitCodes.EditionFailed;
        });
        return command;
    }

    private static async Task PrintAsync(EditionStore editions, EditionRun run, CancellationToken cancellationToken)
    {
        var report = await editions.GetReportAsync(run.Topic, run.Date!.Value, cancellationToken);
        var status = run.Outcome == EditionOutcome.Ready ? $"ready, briefing {run.BriefingId}" : $"failed: {Escape(run.Reason)}";
        Console.WriteLine($"Edition {Escape(run.Topic)} {run.Date:yyyy-MM-dd}: {status}");
        foreach (var s in report.Sources) Console.WriteLine($"  {s.Kind,-4} {s.Status,-11} {s.NewItems,4} new {s.Used,4} used  {Escape(s.Source)}{(s.Error is null ? "" : "  (" + Escape(s.Error) + ")")}");
        Console.WriteLine($"  {report.Items.Count} feed items used, {report.Items.Count(i => !i.FromPage)} of them with the feed's own text (page not had)");
        foreach (var failure in report.Failures) Console.Error.WriteLine($"  failure: {Escape(failure)}");
    }

    private static string Escape(string? text) => TextNeutralizer.Escape(text);
}

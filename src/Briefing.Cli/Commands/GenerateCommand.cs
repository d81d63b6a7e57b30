using Briefing.Text;
using System.CommandLine;
using System.Diagnostics;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Rendering;
using Briefing.Stories;
using Briefing.Summarization;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Cli.Commands;

/// <summary>
/// briefing generate &lt;inputs...&gt; --out DIR: one briefing from the inputs (grouped into stories unless --one-story),
/// its renderings written to DIR.
/// </summary>
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
        var words = WordsOption.Create($"Word budget for the briefing's points (default from Summarization:Words, 250)");
        var title = new Option<string?>("--title", "-t") { Description = "Briefing title (default: inferred from the sources)" };
        var engine = EngineOption.Create();
        var oneStory = new Option<bool>("--one-story") { Description = "Treat every input as one story (default: group the articles into stories)" };
        var stories = new Option<int?>("--stories", "-n") { Description = $"Show at most N stories, the best covered first (default from Stories:MaxStories, 10; 1 to {StoriesOptions.MaxStoriesLimit})" };

        var command = new Command("generate", "Make a cited briefing from articles: grouped into stories, one cited section per story") { inputs, output, formats, words, title, engine, oneStory, stories };
        command.SetAction(async (parse, ct) =>
        {
            var selected = Formats(parse.GetValue(formats) ?? AllFormats);
            var budget = WordsOption.Check(parse.GetValue(words));
            var maxStories = CheckStories(parse.GetValue(stories));
            using var folder = OutputFolder.Open(parse.GetValue(output)!);
            var chosen = EngineOption.Parse(parse.GetValue(engine));
            await using var services = CliHost.Build(parse.GetValue(config));
            services.GetRequiredService<EngineSelector>().Get(chosen);
            var generator = services.GetRequiredService<IBriefingGenerator>();
            var request = new GenerationRequest(
                parse.GetValue(inputs)!.Select(i => ArticleInput.FromPath(i, exclude: [folder.Path])).ToList(),
                parse.GetValue(title),
                budget,
                chosen)
            {
                MaxStories = maxStories,
                OneStory = parse.GetValue(oneStory),
            };
            var renderers = services.GetServices<IBriefingRenderer>().Where(r => selected.Contains(r.Format)).OrderBy(r => r.Format == "pdf").ToList();
            var (briefing, written, renderError) = await ConsoleProgress.RunAsync(async progress =>
            {
                var briefing = await generator.GenerateAsync(request, progress, ct);
                var (written, error) = await WriteAsync(briefing, renderers, folder, progress, ct);
                return (briefing, written, error);
            });
            RunReportPrinter.Print(briefing, written);
            if (renderError is null) return ExitCodes.Success;
            Console.Error.WriteLine($"error: {TextNeutralizer.Escape(ErrorMessage.For(renderError))}");
            return ExitCodes.For(renderError.Kind);
        });
        return command;
    }

    // A failed rendering (no Chromium for the PDF) leaves the others written; the run then ends with its exit code.
    private static async Task<(List<string> Written, BriefingException? Error)> WriteAsync(
        BriefingDocument briefing, List<IBriefingRenderer> renderers, OutputFolder folder, IProgress<StageProgress> progress, CancellationToken ct)
    {
        var written = new List<string>();
        BriefingException? error = null;
        foreach (var renderer in renderers)
        {
            var stage = $"render:{renderer.Format}";
            progress.Report(new StageProgress(stage, false, ""));
            var sw = Stopwatch.StartNew();
            try
            {
                var path = await folder.WriteAsync("briefing" + renderer.FileExtension, s => renderer.RenderAsync(briefing, s, ct), ct);
                written.Add(path);
                progress.Report(new StageProgress(stage, true, $"{path} ({sw.ElapsedMilliseconds} ms)"));
            }
            catch (BriefingException ex) when (ex.Kind == BriefingErrorKind.RenderingFailed)
            {
                error = ex;
                progress.Report(new StageProgress(stage, true, ex.Message));
            }
        }

        return (written, error);
    }

    private static int? CheckStories(int? stories) =>
        stories is < 1 or > StoriesOptions.MaxStoriesLimit
            ? throw new BriefingException(BriefingErrorKind.BadInput, $"--stories must be between 1 and {StoriesOptions.MaxStoriesLimit} (got {stories})", "--stories")
            : stories;

    private static string[] Formats(IEnumerable<string> values)
    {
        var list = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant() == "markdown" ? "md" : v.ToLowerInvariant())
            .Distinct()
            .ToArray();
        var unknown = list.Except(AllFormats).ToList();
        if (unknown.Count > 0 || list.Length == 0)
        {
            throw new BriefingException(BriefingErrorKind.BadInput, $"--format: unknown format '{string.Join(",", unknown)}' (choose from {string.Join(",", AllFormats)})", "--format");
        }

        return list;
    }
}

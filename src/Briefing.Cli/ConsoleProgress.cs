using Briefing.Text;
using Briefing.Generation;
using Spectre.Console;

namespace Briefing.Cli;

/// <summary>Stage progress: a live Spectre.Console display on a terminal, plain lines on stderr otherwise.</summary>
internal static class ConsoleProgress
{
    public static bool Interactive => !Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<T> RunAsync<T>(Func<IProgress<StageProgress>, Task<T>> work)
    {
        if (!Interactive) return await work(new PlainProgress());
        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx => await work(new SpectreProgress(ctx)));
    }

    private sealed class PlainProgress : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            if (value.Done) Console.Error.WriteLine(TextNeutralizer.Escape($"[{value.Stage}] {value.Detail}"));
        }
    }

    private sealed class SpectreProgress(ProgressContext context) : IProgress<StageProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(StageProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                task = context.AddTask(Markup.Escape(value.Stage), maxValue: 1);
                task.IsIndeterminate = true;
                _tasks[value.Stage] = task;
            }

            if (!value.Done) return;
            task.Description = Markup.Escape(TextNeutralizer.Escape($"{value.Stage}: {value.Detail}"));
            task.IsIndeterminate = false;
            task.Value = 1;
            task.StopTask();
        }
    }
}

using System.Diagnostics;

namespace Briefing.Cli.Tests;

/// <summary>Runs the built briefing CLI as a separate process, as a user would.</summary>
internal static class Cli
{
    public static string Root => Repo.Root;

    public static string Seeds => Repo.Seeds;

    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => await RunInAsync(Root, null, args);

    public static async Task<(int Code, string Out, string Err)> RunInAsync(string workingDirectory, IDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

}

using System.Diagnostics;

namespace Briefing.Cli.Tests;

/// <summary>Runs the built briefing CLI as a separate process, as a user would.</summary>
internal static class Cli
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds", "lausanne-2016");

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

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Briefing.sln not found");
    }
}

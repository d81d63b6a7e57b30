using System.Diagnostics;

namespace Briefing.Cli.Tests;

/// <summary>Runs the built briefing CLI as a separate process, as a user would.</summary>
internal static class Cli
{
    public static string Root => Repo.Root;

    public static string Seeds => Repo.Seeds;

    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => await RunInAsync(Root, null, args);

    public static async Task<(int Code, string Out, string Err)> RunInAsync(string workingDirectory, IDictionary<string, string>? env, params string[] args) =>
        await RunProgramAsync(Path.Combine(AppContext.BaseDirectory, "briefing.dll"), workingDirectory, env, args);

    /// <summary>
    /// Runs the CLI from its own build output. Commands using the service features need its dependencies as the CLI
    /// ships them (Microsoft.Extensions.Hosting.Abstractions), which this test project takes from the ASP.NET Core
    /// framework instead of copying beside briefing.dll.
    /// </summary>
    public static async Task<(int Code, string Out, string Err)> RunBuiltAsync(string workingDirectory, params string[] args)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var built = Path.Combine(Root, "src", "Briefing.Cli", "bin", configuration, "net10.0", "briefing.dll");
        return await RunProgramAsync(File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "briefing.dll"), workingDirectory, null, args);
    }

    private static async Task<(int Code, string Out, string Err)> RunProgramAsync(string program, string workingDirectory, IDictionary<string, string>? env, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(program);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

}

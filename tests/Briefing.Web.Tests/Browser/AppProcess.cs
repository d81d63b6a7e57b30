using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefing.Web.Tests.Browser;

/// <summary>
/// The web service as a real process (the built Briefing.Web.dll under dotnet) on a free loopback port, with its
/// own temporary data folder as working folder and the repository's templates and prompts. Real Kestrel, so body
/// limits, headers and a browser's view are the ones a user gets. Its console output is kept for failure messages.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address, string folder)
    {
        _process = process;
        Address = address;
        Folder = folder;
    }

    public Uri Address { get; }

    /// <summary>The app's working folder; its database is under data/.</summary>
    public string Folder { get; }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app with the given settings (keys as in appsettings.json) and waits until it answers /health/live.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-app-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var values = new Dictionary<string, string>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "data", "briefing.db")}",
            ["Rendering:TemplatesPath"] = Repo.Templates,
            ["Llm:PromptsPath"] = Repo.Prompts,
            ["Llm:CachePath"] = "",
            ["Web:GenerationsPerMinute"] = "1000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) values[k] = v;
        foreach (var (k, v) in values) start.Environment["BRIEFING_" + k.Replace(":", "__", StringComparison.Ordinal)] = v;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"), folder);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitLiveAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child process; the temp folder is cleaned by the system later.
        }
    }

    private async Task WaitLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the app exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                using var live = await client.GetAsync("/health/live");
                if (live.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the app did not answer /health/live within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The test's own build configuration (Debug or Release) of the web project, built through the project reference.
    private static string WebDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(Repo.Root, "src", "Briefing.Web", "bin", configuration, "net10.0", "Briefing.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the web project first", dll);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefing.TestKit.WebProcess;

/// <summary>
/// The web app as a real child process (<c>dotnet Briefing.Web.dll --urls http://127.0.0.1:port</c>) with BRIEFING_
/// settings in its environment and a working folder of its own (where its default data folder lives). Its console
/// output is kept for assertions; <see cref="Kill"/> is SIGKILL, so nothing gets to clean up.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts the app and waits until /health/live answers (60 s at most, else throws with its output).</summary>
    public static async Task<AppProcess> StartAsync(string webDll, string workingFolder, IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { webDll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        foreach (var (key, value) in settings) start.Environment["BRIEFING_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, port.Value);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitLiveAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    /// <summary>The Briefing.Web.dll built beside the calling test or bench assembly, else in src/Briefing.Web/bin.</summary>
    public static string FindWebDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Briefing.Web.dll");
        if (File.Exists(beside)) return beside;
        var built = Directory.Exists(Path.Combine(Repo.Root, "src", "Briefing.Web", "bin"))
            ? Directory.GetFiles(Path.Combine(Repo.Root, "src", "Briefing.Web", "bin"), "Briefing.Web.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return built ?? throw new FileNotFoundException("Briefing.Web.dll not found: build it first (dotnet build src/Briefing.Web -c Release)");
    }

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-job.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops it: waits until it has exited and returns how long that took.</summary>
    public async Task<TimeSpan> StopAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return clock.Elapsed;
    }

    public long WorkingSetBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>The most memory the process has held so far (VmHWM, Linux), else its current working set.</summary>
    public long PeakWorkingSetBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? WorkingSetBytes() : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the web app exited with code {_process.ExitCode} while starting:\n{Output}");
            try
            {
                using var response = await client.GetAsync("health/live");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the web app did not answer /health/live within {timeout.TotalSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

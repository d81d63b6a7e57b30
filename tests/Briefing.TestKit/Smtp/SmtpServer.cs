using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.TestKit.Smtp;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd running smtp_server.py (beside this file) as a
/// subprocess. Accepted messages are saved as .eml files in <see cref="MessagesFolder"/>; answers follow a
/// <see cref="SmtpScript"/>. It can be stopped and started again on the same port.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private static readonly Lazy<string?> Interpreter = new(FindPython);
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly string _root;
    private readonly string _scriptFile;
    private readonly Queue<string> _errors = new();
    private Process? _process;
    private int _version;

    private SmtpServer(string root)
    {
        _root = root;
        _scriptFile = Path.Combine(root, "script.json");
        MessagesFolder = Path.Combine(root, "messages");
        Directory.CreateDirectory(MessagesFolder);
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    public string MessagesFolder { get; }

    /// <summary>How many connections the server has accepted since it was last started.</summary>
    public int Connections => File.Exists(Path.Combine(_root, "connections")) ? int.Parse(File.ReadAllText(Path.Combine(_root, "connections")), System.Globalization.CultureInfo.InvariantCulture) : 0;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The saved messages, oldest first.</summary>
    public IReadOnlyList<string> Messages => [.. Directory.GetFiles(MessagesFolder, "*.eml").Order(StringComparer.Ordinal)];

    /// <summary>The server's last lines on stderr, for failure messages.</summary>
    public string ErrorOutput
    {
        get
        {
            lock (_errors) return string.Join('\n', _errors);
        }
    }

    public static async Task<SmtpServer> StartAsync(SmtpScript? script = null)
    {
        var server = new SmtpServer(Directory.CreateTempSubdirectory("briefing-smtp-").FullName);
        server.Script(script ?? SmtpScript.AcceptAll);
        await server.StartProcessAsync(0);
        return server;
    }

    /// <summary>Replaces the script; per-recipient and "first N" counters start again from zero.</summary>
    public void Script(SmtpScript script)
    {
        var node = JsonSerializer.SerializeToNode(script, Json)!.AsObject();
        node["version"] = Interlocked.Increment(ref _version);
        var temp = _scriptFile + ".tmp";
        File.WriteAllText(temp, node.ToJsonString());
        File.Move(temp, _scriptFile, overwrite: true);
    }

    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    /// <summary>Starts again on the same port (after <see cref="StopAsync"/>).</summary>
    public Task StartAsync() => IsRunning ? Task.CompletedTask : StartProcessAsync(Port);

    public async Task<IReadOnlyList<string>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Messages.Count < count && DateTime.UtcNow < until) await Task.Delay(25);
        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task StartProcessAsync(int port)
    {
        var python = Interpreter.Value ?? throw new InvalidOperationException(
            "python3-aiosmtpd is needed for the SMTP tests: sudo apt-get install -y python3-aiosmtpd (./build.sh test installs it)");
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-u", Path.Combine(Repo.Root, "tests", "Briefing.TestKit", "Smtp", "smtp_server.py"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), _scriptFile, MessagesFolder })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + python);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errors)
            {
                _errors.Enqueue(e.Data);
                if (_errors.Count > 50) _errors.Dequeue();
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("READY ", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new InvalidOperationException($"the SMTP server did not start: {line} {ErrorOutput}");
        }

        Port = int.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture);
        _process = process;
    }

    private static string? FindPython()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("BRIEFING_PYTHON"), "/usr/bin/python3", "python3" };
        foreach (var candidate in candidates.Where(c => !string.IsNullOrEmpty(c)))
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate!, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, UseShellExecute = false });
                if (probe is null) continue;
                probe.WaitForExit(10_000);
                if (probe.HasExited && probe.ExitCode == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }

        return null;
    }
}

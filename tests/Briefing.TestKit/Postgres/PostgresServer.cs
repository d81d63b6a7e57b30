using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Briefing.TestKit.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for one test run: initdb into a temporary folder, pg_ctl start on a free loopback
/// port (its unix socket in the same folder), stopped and deleted when the test process exits. Debian's binaries
/// live in /usr/lib/postgresql/*/bin; as root, initdb and postgres run as the postgres user, which owns the folder.
/// One server serves the whole test process; each test class gets a database of its own.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _folder;
    private readonly string _bin;
    private readonly string? _runAs;

    private PostgresServer(string folder, string bin, string? runAs, int port)
    {
        _folder = folder;
        _bin = bin;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server of this test process, started on first use; throws <see cref="PostgresUnavailableException"/> saying why when it cannot be.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, Timeout = 15 }.ToString();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = (prefix + "_" + Guid.NewGuid().ToString("N")[..8]).ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its pooled connections first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBin() ?? throw new PostgresUnavailableException("PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/pg_ctl (./build.sh test installs Debian's postgresql; or apt-get install postgresql)");
        var runAs = RunAsUser();
        var folder = Directory.CreateTempSubdirectory("briefing-pg-").FullName;
        var data = Path.Combine(folder, "data");
        if (runAs is not null) await RunAsync("chown", ["-R", runAs + ":", folder], null);
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"], runAs);
        var port = FreePort();
        var server = new PostgresServer(folder, bin, runAs, port);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"], runAs);
        server.WatchTestProcess();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], _runAs).GetAwaiter().GetResult();
        }
        catch (PostgresUnavailableException)
        {
            // The watchdog stops it and deletes the folder once this process is gone.
        }
    }

    // The test host may be killed right after its last test, before ProcessExit handlers finish: a detached shell
    // waits for it to end, then stops the server (if still up) and deletes the folder.
    private void WatchTestProcess()
    {
        var stop = string.Join(' ', (_runAs is null ? Array.Empty<string>() : new[] { "runuser", "-u", _runAs, "--" }).Concat([Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]));
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; {stop} >/dev/null 2>&1; rm -rf '{_folder}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "sh", "-c", script }) start.ArgumentList.Add(a);
        Process.Start(start)?.Dispose();
    }

    private static string? FindBin()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    // initdb and postgres refuse to run as root.
    private static string? RunAsUser() => Environment.UserName == "root" ? "postgres" : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? runAs)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", program }) start.ArgumentList.Add(a);
        }

        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new PostgresUnavailableException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new PostgresUnavailableException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }
}

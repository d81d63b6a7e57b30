using Briefing.Domain;

namespace Briefing.Cli;

/// <summary>
/// The --out folder of one run. It is checked and locked before any work, so a second run on the same folder stops
/// at once with a clear message instead of mixing its files with this one's. Each file is written to a temporary
/// file in the folder and renamed into place: an interrupted run leaves the previous file or the new one, never a
/// partial one, and a symbolic link at the destination is replaced, never written through. Temporary files a killed
/// run left are removed when the next run takes the lock.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private const string LockName = ".briefing.lock";
    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    public string Path { get; }

    public static OutputFolder Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw Bad("--out is empty: give an output folder");
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full) && System.IO.Path.Exists(full)) throw Bad($"--out '{path}' is a file, not a folder");
        try
        {
            Directory.CreateDirectory(full);
            var lockFile = new FileStream(System.IO.Path.Combine(full, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            // With the lock held no other run writes here: a temporary file already present is a killed run's.
            TemporaryFiles.Sweep(full, DateTime.UtcNow);
            return new OutputFolder(full, lockFile);
        }
        catch (UnauthorizedAccessException)
        {
            throw Bad($"--out '{path}' cannot be written (permission denied)");
        }
        catch (IOException ex) when (Directory.Exists(full) && File.Exists(System.IO.Path.Combine(full, LockName)))
        {
            throw Bad($"--out '{path}' is in use by another briefing run ({ex.Message})");
        }
        catch (IOException ex)
        {
            throw Bad($"--out '{path}' cannot be used: {ex.Message}");
        }
    }

    /// <summary>Writes one file atomically and returns its path.</summary>
    public async Task<string> WriteAsync(string fileName, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var destination = System.IO.Path.Combine(Path, fileName);
        var temporary = TemporaryFiles.For(destination);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, destination, overwrite: true);
            return destination;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public void Dispose() => _lock.Dispose();

    private static BriefingException Bad(string message) => new(BriefingErrorKind.BadInput, message, "--out");
}

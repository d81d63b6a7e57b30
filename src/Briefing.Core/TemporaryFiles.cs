using System.Text.RegularExpressions;

namespace Briefing;

/// <summary>
/// Our own temporary files: each is written beside its destination as <c>.{name}.{32 hex digits}.tmp</c> and renamed
/// into place, so a reader sees the old file or the new one, never a part. A process killed between the two leaves
/// one behind; <see cref="Sweep"/> removes those, by that exact name pattern and age, and never anything else.
/// </summary>
public static partial class TemporaryFiles
{
    /// <summary>The temporary file for <paramref name="destination"/>, in the same folder (so the rename is atomic).</summary>
    public static string For(string destination) =>
        Path.Combine(Path.GetDirectoryName(destination) ?? ".", $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.tmp");

    /// <summary>
    /// Deletes our temporary files in <paramref name="folder"/> (and its subfolders when <paramref name="recursive"/>)
    /// last written before <paramref name="olderThanUtc"/>; returns how many. A file that cannot be deleted is left.
    /// </summary>
    public static int Sweep(string folder, DateTime olderThanUtc, bool recursive = false)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp", options))
        {
            if (!Ours().IsMatch(Path.GetFileName(file))) continue;
            try
            {
                var info = new FileInfo(file);
                if (info.LinkTarget is not null || info.LastWriteTimeUtc >= olderThanUtc) continue;
                info.Delete();
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process's file, or a folder we may only read: left alone.
            }
        }

        return removed;
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Ours();
}

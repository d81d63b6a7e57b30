using Briefing.Domain;

namespace Briefing.Ingestion;

/// <summary>
/// Turns paths into the files to read. A walk never follows a symbolic link found inside a folder (unless
/// Ingestion:FollowLinks, and then only to a place inside a folder named as input), never visits a folder twice,
/// never enters an excluded folder (the output folder), and stops at Ingestion:MaxDepth and Ingestion:MaxFiles.
/// A path named by the caller is read even when it is a link: the caller chose it.
/// </summary>
internal sealed class FolderWalk(IngestionOptions options, List<SkippedInput> skipped)
{
    private readonly List<string> _files = [];
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
    private int _overCap;

    public IReadOnlyList<string> Run(IEnumerable<PathInput> inputs)
    {
        var list = inputs.ToList();
        var roots = list.Select(i => RealPath.Of(i.Path)).ToList();
        var excluded = list.SelectMany(i => i.Exclude).Select(RealPath.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var input in list)
        {
            if (string.IsNullOrWhiteSpace(input.Path)) throw new BriefingException(BriefingErrorKind.BadInput, "an input path is empty", "inputs");
            if (Directory.Exists(input.Path)) Walk(input.Path, roots, excluded);
            else if (File.Exists(input.Path)) AddFile(input.Path);
            else throw new BriefingException(BriefingErrorKind.BadInput, $"input not found: '{input.Path}' is neither a file nor a folder", input.Path);
        }

        if (_overCap > 0) skipped.Add(new SkippedInput($"{_overCap} more file(s)", $"not read: over the {options.MaxFiles}-file cap (Ingestion:MaxFiles)"));
        return _files;
    }

    private void Walk(string start, List<string> roots, HashSet<string> excluded)
    {
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((start, 0));
        while (pending.Count > 0)
        {
            var (dir, depth) = pending.Pop();
            var real = RealPath.Of(dir);
            if (excluded.Contains(real) || !_visited.Add(real)) continue;
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(dir).GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                skipped.Add(new SkippedInput(dir, $"folder cannot be read: {ex.Message}"));
                continue;
            }

            var subfolders = new List<string>();
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry.LinkTarget is not null && !FollowLink(entry, roots)) continue;
                if (entry is DirectoryInfo)
                {
                    if (depth + 1 > options.MaxDepth) skipped.Add(new SkippedInput(entry.FullName, $"folder deeper than {options.MaxDepth} levels (Ingestion:MaxDepth)"));
                    else subfolders.Add(entry.FullName);
                }
                else if (DocumentFormats.Of(entry.Name, null) is null)
                {
                    skipped.Add(new SkippedInput(entry.FullName, DocumentFormats.Unsupported(entry.Name, null)));
                }
                else
                {
                    AddFile(entry.FullName);
                }
            }

            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push((subfolders[i], depth + 1));
        }
    }

    private bool FollowLink(FileSystemInfo entry, List<string> roots)
    {
        if (!options.FollowLinks)
        {
            skipped.Add(new SkippedInput(entry.FullName, "symbolic link, not followed (Ingestion:FollowLinks)"));
            return false;
        }

        var target = RealPath.Of(entry.FullName);
        if (roots.Any(r => target == r || target.StartsWith(r.TrimEnd('/') + "/", StringComparison.Ordinal))) return true;
        skipped.Add(new SkippedInput(entry.FullName, $"symbolic link to '{target}', outside the input folders: not followed"));
        return false;
    }

    private void AddFile(string file)
    {
        if (!_seenFiles.Add(RealPath.Of(file))) return;
        if (_files.Count >= options.MaxFiles) _overCap++;
        else _files.Add(file);
    }
}

namespace Briefing;

/// <summary>Where a configured folder (Rendering:TemplatesPath, Llm:PromptsPath) is: a rooted path as given; a relative one in the working folder when it exists there, else beside the program.</summary>
public static class ProgramFolder
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromCwd = Path.GetFullPath(path);
        return Directory.Exists(fromCwd) ? fromCwd : Path.Combine(AppContext.BaseDirectory, path);
    }
}

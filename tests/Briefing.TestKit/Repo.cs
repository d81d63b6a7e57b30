namespace Briefing.TestKit;

/// <summary>Paths in the repository and beside it (../shared), found from the test's working folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds", "lausanne-2016");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Prompts => Path.Combine(Root, "prompts");

    public static string? SharedEval
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}

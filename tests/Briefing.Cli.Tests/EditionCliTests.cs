using System.Text.Json;

namespace Briefing.Cli.Tests;

public sealed class EditionCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefing-cli-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string _inputs;

    public EditionCliTests() => _inputs = EditionInputs.Write(Path.Combine(_dir, "in"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Generate_MixedInput_GroupsIntoStoriesAndTheReportListsEachWithItsArticles()
    {
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Cli.RunAsync("generate", _inputs, "--out", output, "--format", "json,md");

        Assert.True(code == 0, stderr);
        Assert.Contains("[stories] 2 stories (5, 3 articles), 1 also reported", stderr);
        Assert.Contains("; 2 stories;", stdout);
        var lines = stdout.Split('\n');
        var flood = Array.FindIndex(lines, l => l.StartsWith("  story 2: ", StringComparison.Ordinal));
        Assert.True(flood > 0, stdout);
        Assert.Contains("(3 articles;", lines[flood]);
        Assert.Equal(["flood-1.md", "flood-2.md", "flood-3.md"], lines.Skip(flood + 1).Take(3).Select(l => l.TrimEnd()[(l.LastIndexOf('(') + 1)..^1]).Select(Path.GetFileName));
        Assert.Contains(lines, l => l.StartsWith("  also reported: [9] Arctic Post: Tromsø approves island ferry route", StringComparison.Ordinal));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefing.json"))).RootElement;
        Assert.Equal(2, json.GetProperty("stories").GetArrayLength());
        Assert.Contains("## In this edition", File.ReadAllText(Path.Combine(output, "briefing.md")));
    }

    [Fact]
    public async Task Generate_OneStory_EveryArticleInOneStory()
    {
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Cli.RunAsync("generate", _inputs, "--out", output, "--format", "json", "--one-story");

        Assert.True(code == 0, stderr);
        Assert.Contains("[stories] 1 story (9 articles), 0 also reported", stderr);
        Assert.DoesNotContain("  story 1:", stdout);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefing.json"))).RootElement;
        Assert.Equal(9, Assert.Single(json.GetProperty("stories").EnumerateArray()).GetProperty("sourceIds").GetArrayLength());
    }

    [Fact]
    public async Task Generate_StoriesOne_ShowsOneStoryAndTheRestAsAlsoReported()
    {
        var output = Path.Combine(_dir, "out");

        var (code, _, stderr) = await Cli.RunAsync("generate", _inputs, "--out", output, "--format", "json", "--stories", "1");

        Assert.True(code == 0, stderr);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefing.json"))).RootElement;
        Assert.Equal(1, json.GetProperty("stories").GetArrayLength());
        Assert.Equal(2, json.GetProperty("alsoReported").GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public async Task Generate_StoriesOutOfRange_Exits2NamingTheOption(string value)
    {
        var (code, _, stderr) = await Cli.RunAsync("generate", _inputs, "--out", Path.Combine(_dir, "o"), "--stories", value);

        Assert.Equal(2, code);
        Assert.Contains("--stories must be between 1 and 1000", stderr);
    }
}

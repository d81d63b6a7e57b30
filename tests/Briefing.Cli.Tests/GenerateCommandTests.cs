using System.Text.Json;

namespace Briefing.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefing-cli-" + Guid.NewGuid().ToString("N")[..10]);

    public GenerateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Generate_Seeds_WritesAllFourFormatsAndExits0()
    {
        var output = Path.Combine(_dir, "out");

        var (code, stdout, stderr) = await Cli.RunAsync("generate", Cli.Seeds, "--out", output);

        Assert.True(code == 0, stderr);
        foreach (var f in new[] { "briefing.html", "briefing.pdf", "briefing.md", "briefing.json" }) Assert.True(File.Exists(Path.Combine(output, f)), f);
        Assert.Contains("claims verified:", stdout);
        Assert.Contains("[ingest] 5 articles, 0 skipped", stderr);
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(output, "briefing.pdf"))[..4]);
    }

    [Fact]
    public async Task Generate_FormatWordsTitle_AreHonoured()
    {
        var output = Path.Combine(_dir, "out");

        var (code, _, stderr) = await Cli.RunAsync("generate", Cli.Seeds, "--out", output, "--format", "json,md", "--words", "90", "--title", "Lausanne");

        Assert.True(code == 0, stderr);
        Assert.Equal(["briefing.json", "briefing.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefing.json"))).RootElement;
        Assert.Equal("Lausanne", json.GetProperty("title").GetString());
        var words = json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray()).Sum(p => p.GetProperty("text").GetString()!.Split(' ').Length);
        Assert.InRange(words, 1, 90);
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--words", "3")]
    [InlineData("--bogus", "1")]
    public async Task Generate_BadArgument_Exits2NamingTheOption(string option, string value)
    {
        var (code, _, stderr) = await Cli.RunAsync("generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, stderr);
    }

    [Fact]
    public async Task Generate_MissingInput_Exits2NamingThePath()
    {
        var (code, _, stderr) = await Cli.RunAsync("generate", Path.Combine(_dir, "missing"), "--out", Path.Combine(_dir, "o"));

        Assert.Equal(2, code);
        Assert.Contains("missing", stderr);
    }

    [Fact]
    public async Task Generate_BadSetting_Exits2NamingTheKey()
    {
        var env = new Dictionary<string, string> { ["BRIEFING_Ingestion__MaxFileBytes"] = "0" };

        var (code, _, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"));

        Assert.Equal(2, code);
        Assert.Contains("MaxFileBytes", stderr);
    }

    [Fact]
    public async Task Generate_NoUsableArticles_Exits3WithReasons()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "bin.txt"), [0, 1, 2, 3, 0, 5]);

        var (code, _, stderr) = await Cli.RunAsync("generate", input, "--out", Path.Combine(_dir, "o"));

        Assert.Equal(3, code);
        Assert.Contains("empty.txt: empty file", stderr);
        Assert.Contains("bin.txt: binary file", stderr);
    }

    [Fact]
    public async Task Generate_UnexpectedFailure_Exits1WithMessage()
    {
        var notAFolder = Path.Combine(_dir, "file.txt");
        File.WriteAllText(notAFolder, "x");

        var (code, _, stderr) = await Cli.RunAsync("generate", Cli.Seeds, "--out", notAFolder, "-f", "json");

        Assert.Equal(1, code);
        Assert.Contains("unexpected error", stderr);
    }

    [Fact]
    public async Task Generate_NoChromium_Exits4AndWritesTheOtherFormats()
    {
        var output = Path.Combine(_dir, "out");
        var env = new Dictionary<string, string> { ["BRIEFING_Rendering__ChromiumPath"] = "/nonexistent/chromium" };

        var (code, _, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", output);

        Assert.Equal(4, code);
        Assert.Contains("PDF not written", stderr);
        Assert.True(File.Exists(Path.Combine(output, "briefing.html")));
        Assert.True(File.Exists(Path.Combine(output, "briefing.md")));
        Assert.True(File.Exists(Path.Combine(output, "briefing.json")));
    }
}

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
        var words = json.GetProperty("stories")[0].GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray()).Sum(p => p.GetProperty("text").GetString()!.Split(' ').Length);
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

    [Theory]
    [InlineData("file")]
    [InlineData("")]
    [InlineData("/dev/null")]
    public async Task Generate_OutIsNotAFolder_Exits2NamingItBeforeAnyWork(string kind)
    {
        var output = kind == "file" ? Path.Combine(_dir, "file.txt") : kind;
        if (kind == "file") File.WriteAllText(output, "x");

        var (code, stdout, stderr) = await Cli.RunAsync("generate", Cli.Seeds, "--out", output, "-f", "json");

        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("[ingest]", stderr + stdout);
    }

    [Fact]
    public async Task Generate_TwiceInAFolderOfArticles_NeverBriefsItsOwnOutput()
    {
        var folder = SeedsCopy("articles");
        var earlier = Path.Combine(folder, "earlier");
        await Cli.RunInAsync(folder, null, "generate", ".", "--out", earlier, "-f", "html,md");

        var (code, stdout, stderr) = await Cli.RunInAsync(folder, null, "generate", ".", "-f", "html,md,json");
        var again = await Cli.RunInAsync(folder, null, "generate", ".", "-f", "json");

        Assert.True(code == 0, stderr);
        Assert.Contains("5 sources", stdout);
        Assert.Contains("written by Briefing", stdout);
        Assert.Equal(0, again.Code);
        Assert.Contains("5 sources", again.Out);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "out", "briefing.json"))).RootElement;
        Assert.All(json.GetProperty("sources").EnumerateArray(), s => Assert.DoesNotContain("briefing.", Path.GetFileName(s.GetProperty("file").GetString())));
    }

    [Fact]
    public async Task Generate_UnknownSettingsSection_Exits2NamingIt()
    {
        var env = new Dictionary<string, string> { ["BRIEFING_Verfication__Unverified"] = "Drop" };

        var (code, _, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "-f", "json");

        Assert.Equal(2, code);
        Assert.Contains("unknown settings section 'Verfication'", stderr);
    }

    [Fact]
    public async Task Generate_ScriptVariablesWithThePrefix_AreNotSettingsSections()
    {
        var env = new Dictionary<string, string> { ["BRIEFING_NO_INSTALL"] = "1", ["BRIEFING_REQUIRE_POSTGRES"] = "1" };

        var (code, _, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "-f", "json");

        Assert.True(code == 0, stderr);
    }

    [Fact]
    public async Task Generate_BrokenTemplate_Exits2NamingTheSettingBeforeAnyWork()
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "briefing.sbn-html"), "<h1>{{ Title </h1>");
        var env = new Dictionary<string, string> { ["BRIEFING_Rendering__TemplatesPath"] = templates };

        var (code, stdout, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "-f", "json");

        Assert.Equal(2, code);
        Assert.Contains("Rendering:TemplatesPath", stderr);
        Assert.Contains("BRIEFING_Rendering__TemplatesPath", stderr);
        Assert.Contains("briefing.sbn-html(1,", stderr);
        Assert.DoesNotContain("[ingest]", stdout + stderr);
    }

    [Fact]
    public async Task Generate_ControlCharactersInATitle_NeverReachTheTerminalRaw()
    {
        var folder = SeedsCopy("hostile");

        var (code, stdout, stderr) = await Cli.RunAsync("generate", folder, "--out", Path.Combine(_dir, "o"), "-f", "json", "--title", "Evil\u001b]0;pwned\u0007 \u202Etitle");

        Assert.Equal(0, code);
        Assert.Contains("Evil\\u001B]0;pwned\\u0007 \\u202Etitle", stdout);
        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.DoesNotContain('\u0007', stdout + stderr);
        Assert.DoesNotContain('\u202E', stdout + stderr);
    }

    [Fact]
    public async Task Generate_DebugLogLevel_LogsStagesOnStderr()
    {
        var env = new Dictionary<string, string> { ["BRIEFING_Logging__LogLevel__Default"] = "Debug" };

        var (code, stdout, stderr) = await Cli.RunInAsync(Cli.Root, env, "generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "-f", "json");
        var quiet = await Cli.RunAsync("generate", Cli.Seeds, "--out", Path.Combine(_dir, "o"), "-f", "json");

        Assert.Equal(0, code);
        Assert.Contains("Stage summarize done in", stderr);
        Assert.DoesNotContain("Stage summarize done in", stdout);
        Assert.DoesNotContain("Stage summarize done in", quiet.Err + quiet.Out);
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

    private string SeedsCopy(string name)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(Cli.Seeds)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }
}

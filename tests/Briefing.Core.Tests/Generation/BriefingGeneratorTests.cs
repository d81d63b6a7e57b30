using System.Text.Json;
using Briefing.Generation;
using Briefing.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Generation;

public sealed class BriefingGeneratorTests : IDisposable
{
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task RunAsync_Seeds_WritesCitedVerifiedBriefingInEveryTextFormat()
    {
        using var services = Services.Build();
        var pipeline = services.GetRequiredService<BriefingGenerator>();

        var result = await pipeline.RunAsync(new BriefingRequest([Repo.Seeds], _out.Path, ["html", "md", "json"]), null, default);

        Assert.Null(result.PdfError);
        Assert.Equal(["briefing.html", "briefing.md", "briefing.json"], result.Written.Select(Path.GetFileName));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out.Path, "briefing.json"))).RootElement;
        Assert.Equal("extractive", json.GetProperty("engine").GetString());
        Assert.Equal(5, json.GetProperty("sources").GetArrayLength());
        var cited = json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray())
            .SelectMany(p => p.GetProperty("citations").EnumerateArray()).Select(c => c.GetProperty("sourceId").GetString()).Distinct();
        Assert.Equal(5, cited.Count());
        var verification = json.GetProperty("verification");
        Assert.Equal(verification.GetProperty("claims").GetInt32(), verification.GetProperty("verified").GetInt32());
        Assert.Contains(json.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("topic").GetString() == "Death toll");
        Assert.True(json.GetProperty("run").GetProperty("timingsMs").TryGetProperty("summarize", out _));
        Assert.Contains($"Claims verified: {verification.GetProperty("verified").GetInt32()}/{verification.GetProperty("claims").GetInt32()}", File.ReadAllText(Path.Combine(_out.Path, "briefing.md")));
    }

    [Fact]
    public async Task RunAsync_Seeds_EveryQuoteInJsonAppearsVerbatimInItsInputFile()
    {
        using var services = Services.Build();
        var result = await services.GetRequiredService<BriefingGenerator>().RunAsync(new BriefingRequest([Repo.Seeds], _out.Path, ["json"]), null, default);

        var json = JsonDocument.Parse(File.ReadAllText(result.Written.Single())).RootElement;
        var files = json.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => Collapse(File.ReadAllText(s.GetProperty("file").GetString()!)));
        var quotes = json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray())
            .SelectMany(p => p.GetProperty("citations").EnumerateArray())
            .Concat(json.GetProperty("disagreements").EnumerateArray().SelectMany(d => d.GetProperty("positions").EnumerateArray()))
            .Select(c => (Id: c.GetProperty("sourceId").GetString()!, Quote: c.GetProperty("quote").GetString()!))
            .ToList();

        Assert.True(quotes.Count >= 10);
        Assert.All(quotes, q => Assert.Contains(Collapse(q.Quote), files[q.Id]));
    }

    [Fact]
    public async Task RunAsync_OneBadArticleAmongGood_StillProducesBriefingAndReportsIt()
    {
        using var input = new TempFolder();
        input.CopySeeds();
        input.WriteBytes("broken.txt", [0xFF, 0xFE, 0xFD, 0x00, 0x01]);
        using var services = Services.Build();

        var result = await services.GetRequiredService<BriefingGenerator>().RunAsync(new BriefingRequest([input.Path], _out.Path, ["json"]), null, default);

        Assert.Equal(5, result.Briefing.Sources.Count);
        Assert.Contains(result.Briefing.Run.Skipped, s => s.Input.EndsWith("broken.txt"));
    }

    [Fact]
    public async Task RunAsync_NoUsableArticles_ThrowsWithExitCode3AndReasons()
    {
        using var input = new TempFolder();
        input.Write("empty.txt", "");
        using var services = Services.Build();

        var ex = await Assert.ThrowsAsync<BriefingException>(() => services.GetRequiredService<BriefingGenerator>().RunAsync(new BriefingRequest([input.Path], _out.Path, ["json"]), null, default));

        Assert.Equal(ExitCodes.NoUsableArticles, ex.ExitCode);
        Assert.Contains("empty.txt: empty file", ex.Message);
    }

    [Fact]
    public async Task RunAsync_TitleAndWordsOverrides_AreApplied()
    {
        using var services = Services.Build();

        var result = await services.GetRequiredService<BriefingGenerator>().RunAsync(new BriefingRequest([Repo.Seeds], _out.Path, ["md"], "Lausanne talks", 80), null, default);

        Assert.Equal("Lausanne talks", result.Briefing.Title);
        Assert.InRange(result.Briefing.Sections.SelectMany(s => s.Points).Sum(p => p.Text.Split(' ').Length), 1, 80);
    }

    [Fact]
    public void Services_InvalidSetting_FailsValidationNamingTheKey()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Summarization:Words"] = "5" });

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains("Words", ex.Message);
    }

    [Fact]
    public void Services_FlagPolicyFromConfiguration_IsBound()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Verification:Unverified"] = "Flag" });

        Assert.Equal(UnverifiedPolicy.Flag, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<VerificationOptions>>().Value.Unverified);
    }

    private static string Collapse(string s) => Briefing.Text.Whitespace.Collapse(s);
}

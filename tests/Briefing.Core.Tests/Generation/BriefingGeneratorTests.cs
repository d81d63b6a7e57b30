using System.Text.Json;
using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Summarization;
using Briefing.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Generation;

public sealed class BriefingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_Seeds_CitedVerifiedBriefingInEveryTextFormat()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, Repo.Seeds);

        var json = JsonDocument.Parse(await Generate.RenderTextAsync(services, briefing, "json")).RootElement;
        Assert.Equal("extractive", json.GetProperty("engine").GetString());
        Assert.Equal(5, json.GetProperty("sources").GetArrayLength());
        var story = Assert.Single(json.GetProperty("stories").EnumerateArray());
        Assert.Empty(json.GetProperty("alsoReported").EnumerateArray());
        var cited = story.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray())
            .SelectMany(p => p.GetProperty("citations").EnumerateArray()).Select(c => c.GetProperty("sourceId").GetString()).Distinct();
        Assert.Equal(5, cited.Count());
        var verification = json.GetProperty("verification");
        Assert.Equal(verification.GetProperty("claims").GetInt32(), verification.GetProperty("verified").GetInt32());
        Assert.Contains(story.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("topic").GetString() == "Death toll");
        Assert.True(json.GetProperty("run").GetProperty("timingsMs").TryGetProperty("summarize", out _));
        Assert.Contains($"Claims verified: {verification.GetProperty("verified").GetInt32()}/{verification.GetProperty("claims").GetInt32()}", await Generate.RenderTextAsync(services, briefing, "md"));
        Assert.Contains("<html", await Generate.RenderTextAsync(services, briefing, "html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_Seeds_EveryQuoteAppearsVerbatimInItsInputFile()
    {
        using var services = Services.Build();
        var briefing = await Generate.FromAsync(services, Repo.Seeds);

        var files = briefing.Sources.ToDictionary(s => s.Id, s => Collapse(File.ReadAllText(s.File)));
        var quotes = briefing.Story().Sections.SelectMany(s => s.Points).SelectMany(p => p.Citations).Select(c => (c.SourceId, c.Quote))
            .Concat(briefing.Story().Disagreements.SelectMany(d => d.Positions).Select(p => (p.SourceId, p.Quote)))
            .ToList();

        Assert.True(quotes.Count >= 10);
        Assert.All(quotes, q => Assert.Contains(Collapse(q.Quote), files[q.SourceId]));
    }

    [Fact]
    public async Task GenerateAsync_SeedsAsFilesStreamsAndText_SameBriefing()
    {
        using var services = Services.Build();
        var files = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).ToList();
        var streams = new List<ArticleInput>();
        foreach (var f in files)
        {
            await using var stream = File.OpenRead(f);
            streams.Add(await ArticleInput.FromStreamAsync(f, stream, "text/plain", 5_000_000, default));
        }

        var texts = files.Select(f => ArticleInput.FromText(f, File.ReadAllText(f))).ToList();

        var fromFiles = await Generate.FromFilesAsync(services, files);
        var fromStreams = await Generate.FromAsync(services, new Briefing.Generation.GenerationRequest(streams));
        var fromTexts = await Generate.FromAsync(services, new Briefing.Generation.GenerationRequest(texts));

        Assert.Equal(Comparable(fromFiles), Comparable(fromStreams));
        Assert.Equal(Comparable(fromFiles), Comparable(fromTexts));
        Assert.Equal(5, fromTexts.Sources.Count);
    }

    [Fact]
    public async Task GenerateAsync_TextWithMetadata_MetadataWinsOverTheText()
    {
        using var services = Services.Build();
        var inputs = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal)
            .Select((f, i) => ArticleInput.FromText($"pasted-{i}", File.ReadAllText(f), new ArticleMetadata($"Title {i}", $"Outlet {i}", $"https://example.org/{i}")))
            .ToList();

        var briefing = await Generate.FromAsync(services, new Briefing.Generation.GenerationRequest(inputs));

        Assert.Equal(["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3", "Outlet 4"], briefing.Sources.Select(s => s.Outlet));
        Assert.Equal("https://example.org/3", briefing.Sources[3].Url);
    }

    [Fact]
    public async Task GenerateAsync_OneBadArticleAmongGood_StillProducesBriefingAndReportsIt()
    {
        using var input = new TempFolder();
        input.CopySeeds();
        input.WriteBytes("broken.txt", [0xFF, 0xFE, 0xFD, 0x00, 0x01]);
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, input.Path);

        Assert.Equal(5, briefing.Sources.Count);
        Assert.Contains(briefing.Run.Skipped, s => s.Input.EndsWith("broken.txt"));
    }

    [Fact]
    public async Task GenerateAsync_NoUsableArticles_ThrowsNoUsableArticlesWithReasons()
    {
        using var input = new TempFolder();
        input.Write("empty.txt", "");
        using var services = Services.Build();

        var ex = await Assert.ThrowsAsync<BriefingException>(() => Generate.FromAsync(services, input.Path));

        Assert.Equal(BriefingErrorKind.NoUsableArticles, ex.Kind);
        Assert.Contains("empty.txt: empty file", ex.Message);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(5001)]
    public async Task GenerateAsync_WordsOutOfRange_BadInputNamingTheField(int words)
    {
        using var services = Services.Build();

        var ex = await Assert.ThrowsAsync<BriefingException>(() => Generate.FromAsync(services, Generate.Request(Repo.Seeds) with { Words = words }));

        Assert.Equal((BriefingErrorKind.BadInput, "words"), (ex.Kind, ex.Subject));
    }

    [Fact]
    public async Task GenerateAsync_TitleAndWordsOverrides_AreApplied()
    {
        using var services = Services.Build();

        var briefing = await Generate.FromAsync(services, Generate.Request(Repo.Seeds) with { Title = "Lausanne talks", Words = 80 });

        Assert.Equal("Lausanne talks", briefing.Title);
        Assert.InRange(briefing.Story().Sections.SelectMany(s => s.Points).Sum(p => p.Text.Split(' ').Length), 1, 80);
    }

    [Fact]
    public async Task GenerateAsync_LlmRequestedButNotConfigured_ConfigurationErrorNamingTheSetting()
    {
        using var services = Services.Build();

        var ex = await Assert.ThrowsAsync<BriefingException>(() => Generate.FromAsync(services, Generate.Request(Repo.Seeds) with { Engine = Engine.Llm }));

        Assert.Equal((BriefingErrorKind.Configuration, "Llm:Endpoint"), (ex.Kind, ex.Subject));
    }

    [Fact]
    public async Task GenerateAsync_Progress_ReportsEachStageStartedAndDone()
    {
        using var services = Services.Build();
        var seen = new List<string>();

        await services.GetRequiredService<Briefing.Generation.IBriefingGenerator>().GenerateAsync(Generate.Request(Repo.Seeds), new InlineProgress(p => seen.Add($"{p.Stage}:{p.Done}")), default);

        Assert.Equal(["ingest:False", "ingest:True", "stories:False", "stories:True", "summarize:False", "summarize:True", "disagreements:False", "disagreements:True", "verify:False", "verify:True"], seen);
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_Throws()
    {
        using var services = Services.Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<Briefing.Generation.IBriefingGenerator>().GenerateAsync(Generate.Request(Repo.Seeds), null, new CancellationToken(true)));
    }

    [Fact]
    public void Services_InvalidSetting_FailsValidationNamingTheKey()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Summarization:Words"] = "5" });

        var ex = Assert.Throws<BriefingException>(() => services.ValidateBriefingCore());

        Assert.Contains("Words", ex.Message);
        Assert.Equal(BriefingErrorKind.Configuration, ex.Kind);
    }

    [Fact]
    public void Services_FlagPolicyFromConfiguration_IsBound()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Verification:Unverified"] = "Flag" });

        Assert.Equal(UnverifiedPolicy.Flag, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<VerificationOptions>>().Value.Unverified);
    }

    private static string Collapse(string s) => Briefing.Text.Whitespace.Collapse(s);

    // Everything but the run report (timings) and the file names, which differ by input kind only in where they came from.
    private static string Comparable(BriefingDocument b) =>
        JsonSerializer.Serialize(new { b.Title, b.Story().Sections, b.Story().Disagreements, b.Verification, Sources = b.Sources.Select(s => new { s.Id, s.Title, s.Outlet, s.WordCount }) });
}

using Briefing.Domain;
using Briefing.Tests.LlmClient;
using Briefing.TestKit.Careful;
using Briefing.TestKit.FakeOpenAI;
using Briefing.Text;

namespace Briefing.Tests.Summarization.Llm;

/// <summary>
/// The LLM engine against hand-written answers of a careful, strong model (tests/Briefing.TestKit/Careful),
/// replayed over HTTP by the fake server: exact quotes, good-faith slips, and unfaithful points citing real quotes.
/// </summary>
public sealed class CarefulModelTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAIServer _server = Reset(fixture.Server);
    public static TheoryData<string> Stories => [.. CarefulStory.Names];

    [Fact]
    public async Task Generate_SeedsExactAnswers_EveryFaithfulPointKeptAtLeast200WordsBothDisagreements()
    {
        var story = CarefulStory.Load("lausanne-2016");

        var briefing = await BuildAsync(story, AnswerSet.Exact);

        var texts = Points(briefing).Select(p => p.Text).ToList();
        Assert.Equal(story.FaithfulPointTexts, texts);
        Assert.True(texts.Sum(Tokenizer.CountWords) >= 200, $"{texts.Sum(Tokenizer.CountWords)} words");
        Assert.Contains(briefing.Story().Disagreements, d => d.Topic == "Death toll" && d.Positions.Count == 3);
        Assert.Contains(briefing.Story().Disagreements, d => d.Positions.Select(p => p.SourceId).Order().SequenceEqual(["S2", "S5"]));
        Assert.Empty(briefing.Run.Model!.DroppedAtMap);
        Assert.Empty(briefing.Verification.DroppedCitations);
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Generate_ImperfectQuotes_AtLeast95PercentOfFaithfulPointsKeptShowingExactSourceText(string name)
    {
        var story = CarefulStory.Load(name);

        var briefing = await BuildAsync(story, AnswerSet.Imperfect);

        var kept = story.FaithfulPointTexts.Count(t => Points(briefing).Any(p => p.Text == t));
        Assert.True(kept >= 0.95 * story.FaithfulPointTexts.Count, $"{kept}/{story.FaithfulPointTexts.Count}: {string.Join(" | ", briefing.Verification.Dropped.Select(d => d.Reason))}");
        Assert.True(briefing.Run.Model!.DroppedAtMap.Count(d => !d.Reason.Contains("claim kept", StringComparison.Ordinal)) <= 0.05 * story.MapClaimCount, string.Join(" | ", briefing.Run.Model.DroppedAtMap.Select(d => d.Reason)));
        Assert.Equal(name == "lausanne-2016" ? 2 : 3, briefing.Story().Disagreements.Count);
        var sources = briefing.Sources.ToDictionary(s => s.Id, s => Whitespace.Collapse(File.ReadAllText(s.File)));
        var quotes = Points(briefing).SelectMany(p => p.Citations).Select(c => (c.SourceId, c.Quote))
            .Concat(briefing.Story().Disagreements.SelectMany(d => d.Positions).Select(p => (p.SourceId, p.Quote)));
        Assert.All(quotes, q => Assert.All(q.Quote.Split(" … "), part => Assert.Contains(part, sources[q.SourceId], StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Generate_UnfaithfulPointsCitingRealQuotes_NoneKeptAndNoWrongValue(string name)
    {
        var story = CarefulStory.Load(name);

        var briefing = await BuildAsync(story, AnswerSet.Unfaithful);

        Assert.Empty(story.UnfaithfulPointTexts.Intersect(Points(briefing).Select(p => p.Text)));
        Assert.Empty(story.UnfaithfulValues.Intersect(briefing.Story().Disagreements.SelectMany(d => d.Positions).Select(p => p.Value)));
        Assert.Equal(story.FaithfulPointTexts, Points(briefing).Select(p => p.Text).Where(story.FaithfulPointTexts.Contains));
    }

    [Fact]
    public async Task Generate_EveryReconcilePointFails_BriefingStillFullOfVerifiedClaims()
    {
        var story = CarefulStory.Load("lausanne-2016");
        var careful = new CarefulModel(story, AnswerSet.Exact);
        _server.Script = r => r.Kind == "reconcile"
            ? FakeReply.Json("""{"title":"T","sections":[{"heading":"Key points","points":[{"text":"Invented.","citations":[{"source_id":"S1","quote":"Nothing like this was ever written."}]}]}],"disagreements":[]}""")
            : careful.Answer(r);

        var briefing = await BuildAsync(story, null);

        Assert.True(Points(briefing).Sum(p => Tokenizer.CountWords(p.Text)) >= 125);
        Assert.Contains(briefing.Run.Warnings, w => w.Contains("added from the extractive reconciliation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_ReconcileCutOffAtTheLimit_CompletePointsKept()
    {
        var story = CarefulStory.Load("lausanne-2016");
        var careful = new CarefulModel(story, AnswerSet.Exact);
        _server.Script = r =>
        {
            var reply = careful.Answer(r);
            return r.Kind == "reconcile" ? FakeReply.Json(reply!.Content![..(reply.Content!.Length * 2 / 3)], "length") : reply;
        };

        var briefing = await BuildAsync(story, null);

        var texts = Points(briefing).Select(p => p.Text).ToList();
        Assert.Equal(story.FaithfulPointTexts.Take(5), texts.Take(5));
        Assert.Contains(briefing.Run.Warnings, w => w.Contains("cut off at the output limit", StringComparison.Ordinal));
        Assert.Empty(briefing.Run.Model!.Fallbacks);
    }

    private static IEnumerable<Point> Points(BriefingDocument briefing) => briefing.Story().Sections.SelectMany(s => s.Points);

    private static FakeOpenAIServer Reset(FakeOpenAIServer server)
    {
        server.Reset();
        return server;
    }

    private async Task<BriefingDocument> BuildAsync(CarefulStory story, AnswerSet? set)
    {
        if (set is { } s)
        {
            var careful = new CarefulModel(story, s);
            _server.Script = careful.Answer;
        }

        using var services = Services.Build(new Dictionary<string, string?>
        {
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = _server.Endpoint,
            ["Llm:Model"] = "careful-model",
            ["Llm:PromptsPath"] = Repo.Prompts,
            ["Llm:CachePath"] = "",
        });
        return await Generate.FromAsync(services, story.Folder);
    }
}
